// Package emit turns the model back into native text and native text into
// what z/OS loads: canonical Policy Agent files and TCP/IP profiles (also
// `znet fmt`), records of a RECFM=FB LRECL=80 member, EBCDIC, an IEBUPDTE
// job that loads a data set, a manifest, and an atomic writer for all of
// it.
//
// # Canonical Policy Agent text
//
// PrintPagent prints Policy Agent policy, PAGENT main and image files and
// DMD configuration (one brace syntax) from model/policy objects:
//
//   - Keywords in IBM's spelling from the catalog (trace → Trace, TLSV1.2 →
//     TLSv1.2, DMConfig → DmConfig); enumerated values in IBM's spelling
//     (ON → On, inbound → Inbound); names and every other value exactly as
//     written (labels keep the blanks between their words).
//   - Braces and parameters on records of their own, two blanks of
//     indentation per level, as IBM's diagrams show ("Put Braces and
//     Parameters on Separate Lines", IP Configuration Reference).
//   - Inside a block, parameters and nested statements in the catalog's
//     order (model.Stmt.Params, which is IBM's documented order). An
//     inline statement stands where its XxxRef parameter would; nested
//     statements without a Ref come after the parameters, in the order of
//     model.Stmt.Nested. Repeated parameters, and the inline statements
//     and references that fill one slot (IpFilterRuleRef and inline
//     IpFilterRule in an IpFilterPolicy, whose order is the filter order),
//     keep their coded order.
//   - Top-level statements keep the order they were written in. Policy
//     Agent does not care, a reader of the file does, and sorting a policy
//     would make every first reformat a diff of the whole file.
//   - Values are aligned in one column per top-level statement: the column
//     after its longest indented keyword that carries a value, plus two
//     blanks, the way IBM's samples and the Configuration Assistant align
//     a statement and its parameters. A column per statement rather than
//     per file keeps a long keyword in one statement from re-indenting the
//     whole file. Consecutive one-record statements (LogLevel, TcpImage…)
//     share a column and are not separated by blank lines.
//   - One blank line between top-level block statements; none inside a
//     block, except where the author separated comments by blank lines
//     (kept, at most one).
//   - Comments stay with the statement they were written at: the records
//     above a statement stay above it (and move with it when parameters
//     are put in order), a comment after a value stays after it, comments
//     before a closing brace or on a brace record go before the closing
//     brace, comments after the last statement stay at the end.
//   - Records are at most 80 columns where the syntax allows: a value
//     that would pass column 80 is written one blank after its keyword
//     instead of in the aligned column; a run of cipher, group or
//     signature-pair codes of a repeatable parameter is split into several
//     records of that parameter (Policy Agent concatenates them); a
//     trailing comment that would pass column 80 goes on its own record
//     above the statement. A word that still does not fit is left long;
//     Records reports it when a member is built.
//
// FormatPagent is `znet fmt` for one file: it refuses a file with syntax
// errors, and a file whose formatting would drop something the model does
// not hold (an unknown statement or parameter, a parameter in the wrong
// statement, a statement where it may not be nested, surplus values).
//
// # Canonical TCP/IP profiles
//
// PrintProfile prints a TCP/IP profile or OBEYFILE syntax tree
// (grammar/profile), parsed or built by code, in the layout of IBM's own
// profiles (its doc comment has the rules and the IBM topics): statement
// keywords in full and upper case, the parameter keywords znet reads in
// upper case, every name and value as written; one statement a record
// where it fits by column 72, continued on records indented two blanks
// and broken between parameter groups; block bodies indented; the
// statements znet keeps verbatim on the records they were written on;
// comments where they were; blank lines where the author left some.
// Lines break only where z/OS reads the words the same way.
// FormatProfile is `znet fmt` for one file: it refuses a file with
// syntax errors, removes sequence numbers (FM105; FM106 when without
// them the profile would read differently) and reports records a word or
// comment keeps longer than 80 columns (FM104).
//
// # Members
//
// Records applies the rules of a RECFM=FB LRECL=80 member to text: one
// record per line, at most 80 characters, no trailing blanks, no sequence
// numbers. UTF8 joins records as lines for a text upload; Encode turns
// them into a code page's bytes, each record blank-padded to exactly 80
// bytes with no line ends, for a binary transfer. IEBUPDTE writes one job
// that loads all members of a data set; Manifest lists what was built;
// WriteTree and WriteFile write atomically.
package emit
