package diagnostics

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/decomhq/decom/inventory/diag"
	"github.com/hashicorp/hcl/v2"
)

// GitHub writes one GitHub Actions workflow command per diagnostic, which
// the runner turns into an annotation on the file and line:
//
//	::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=CODE: Summary::Detail
//
// (::warning for warnings). F is relative to Options.WorkDir with forward
// slashes; columns count characters from 1 and endColumn is the last
// character of the range (inclusive). The message is the detail, or the
// summary when there is no detail, followed by one "related: FILE:LINE:COL:
// message" line per related place (diag.Related), since an annotation has
// one location. Values are escaped as GitHub's toolkit
// does: in the message % becomes %25, CR %0D and LF %0A; in properties,
// also : becomes %3A and , becomes %2C. Only workflow commands go to w: the
// plain summary line for whoever reads the log goes to Options.Log.
func GitHub(w io.Writer, in Input) error {
	r, o := in.Report, in.Options
	bw := bufio.NewWriter(w)
	for _, d := range r.Diagnostics {
		var props []string
		if f := fileOf(d); f != "" {
			props = append(props, "file="+escapeProperty(relPath(f, o.WorkDir)))
		}
		if hasPosition(d) {
			props = append(props, githubRange(*d.Subject)...)
		}
		props = append(props, "title="+escapeProperty(diag.Code(d)+": "+d.Summary))
		msg := d.Detail
		if strings.TrimSpace(msg) == "" {
			msg = d.Summary
		}
		msg = strings.TrimRight(msg, "\n")
		for _, rel := range diag.RelatedOf(d) {
			loc := rel.Range
			if loc.Filename != "" {
				loc.Filename = relPath(loc.Filename, o.WorkDir)
			}
			msg += "\nrelated: " + rangeLoc(loc) + rel.Message
		}
		fmt.Fprintf(bw, "::%s %s::%s\n", severity(d), strings.Join(props, ","), escapeData(strings.TrimRight(msg, "\n")))
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if o.Log != nil {
		_, err := fmt.Fprintln(o.Log, r.Summary())
		return err
	}
	return nil
}

// githubRange gives the line and column properties of rng, with an
// inclusive end. A range ending at the start of a line ends on the line
// before, where its end column is left out.
func githubRange(rng hcl.Range) []string {
	line, col := rng.Start.Line, max(rng.Start.Column, 1)
	endLine, endCol := max(rng.End.Line, line), rng.End.Column-1
	if endLine > line && endCol < 1 {
		endLine--
	}
	if endLine == line && endCol > 0 {
		endCol = max(endCol, col)
	}
	props := []string{
		"line=" + strconv.Itoa(line),
		"col=" + strconv.Itoa(col),
		"endLine=" + strconv.Itoa(endLine),
	}
	if endCol > 0 {
		props = append(props, "endColumn="+strconv.Itoa(endCol))
	}
	return props
}

// escapeData escapes a workflow command's message.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a workflow command's property value.
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
