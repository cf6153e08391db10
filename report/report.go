package report

import (
	"github.com/decomhq/decom/render/formats"
)

// Formats are the output formats of a Report, for --format, the default
// (markdown) first.
var Formats = formats.List[*Report]{
	{Name: "markdown", Write: Markdown},
	{Name: "html", Write: HTML},
	{Name: "json", Write: formats.JSON[*Report]},
}
