package policy

import (
	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model"
)

func checkCodes(def *model.Param, words []pagent.Token, ds *source.Diagnostics) {}
