// Package profile is the grammar of the z/OS TCP/IP profile
// (PROFILE.TCPIP) and of VARY TCPIP,,OBEYFILE data sets, which share one
// syntax.
//
// A profile is free format: statements have no terminator and run over as
// many records as they need; a statement ends where the next statement
// keyword begins. ';' begins a comment when it starts a word (an argument
// followed by a comment needs a blank before the semicolon). Keywords are
// case-insensitive and may be abbreviated down to the part IBM writes in
// capitals (INTERFace, DELEte). Some statements are blocks closed by an
// END statement (BEGINROUTES … ENDROUTES, IPSEC … ENDIPSEC, AUTOLOG …
// ENDAUTOLOG). Records may be padded with blanks to 80 columns. System
// symbols (&SYSNAME.) are kept as written.
//
// Parse never fails on bad input: the tree holds what could be read and
// File.Diagnostics every problem. The tree keeps every byte of the input
// (each token carries the blanks, line ends and comments before it), so
// File.Bytes writes the file back unchanged; it also keeps every comment,
// attached to the statement it belongs to, for Outline. The grammar knows
// syntax only: which words are statements, and the shape of blocks. The
// meaning of the arguments is the model's (model/profile).
//
// Diagnostic codes (PR1xx; the model uses PR2xx):
//
//	PR101 error    a byte that is not text outside a comment
//	PR102 warning  a byte that is not text inside a comment (tolerated)
//	PR103 warning  non-breaking spaces (U+00A0), treated as blanks
//	PR104 error    a '...' placeholder where statements or values belong
//	PR105 error    a word where a statement must begin that is no statement
//	               (ENDHOME, ENDDEVICE, misspellings); znet does not guess
//	PR106 error    a block (BEGINROUTES, IPSEC…) whose END statement is missing
//	PR107 error    an END statement with no block open
//	PR108 error    a statement that belongs in a block (ROUTE, IPSECRULE)
//	               found outside it
//	PR109 warning  a ';' glued to an argument, which makes it part of the word
//	PR110 warning  a sequence number in columns 73-80 (not allowed)
//	PR111 error    a quoted string not closed on its record
//	PR112 info     an abbreviation znet could not confirm IBM accepts
//	PR113 info     a UTF-8 byte order mark, ignored
//	PR114 info     a file with no statements
package profile
