package importer

import "github.com/decomhq/decom/inventory/diag"

// Diagnostic codes raised while importing. Each is documented in
// docs/import.md. Faults in values that reach the inventory loader keep the
// loader's own codes (docs/language.md), such as dangling-reference.
const (
	CodeUnreadable       = "import-unreadable"
	CodeMapping          = "import-mapping"
	CodeEncoding         = "import-encoding"
	CodeCSVSyntax        = "import-csv-syntax"
	CodeNoLabelColumn    = "import-no-label-column"
	CodeDuplicateColumn  = "import-duplicate-column"
	CodeUnmappedColumn   = "import-unmapped-column"
	CodeExtraCells       = "import-extra-cells"
	CodeMissingValue     = "import-missing-value"
	CodeInvalidLabel     = "import-invalid-label"
	CodeLabelCollision   = "import-label-collision"
	CodeInvalidValue     = "import-invalid-value"
	CodeInvalidDate      = "import-invalid-date"
	CodeUnknownReference = "import-unknown-reference"
	CodeAmbiguousRef     = "import-ambiguous-reference"
	CodeNoRecords        = "import-no-records"
	CodeHandWritten      = "import-hand-written"
	CodeNetBoxExport     = "import-netbox-export"
	CodeNetBoxIncomplete = "import-netbox-incomplete"
	CodeUnmappedRole     = "import-unmapped-role"
)

// Codes lists every code the import raises itself, in the order
// docs/import.md documents them.
var Codes = []string{
	CodeUnreadable, CodeMapping, CodeEncoding, CodeCSVSyntax, CodeNoLabelColumn,
	CodeDuplicateColumn, CodeUnmappedColumn, CodeExtraCells, CodeMissingValue,
	CodeInvalidLabel, CodeLabelCollision, CodeInvalidValue, CodeInvalidDate,
	CodeUnknownReference, CodeAmbiguousRef, CodeNoRecords, CodeHandWritten,
	CodeNetBoxExport, CodeNetBoxIncomplete, CodeUnmappedRole,
}

func init() {
	diag.Register(
		diag.Rule{Code: CodeUnreadable, Title: "Import source unreadable", Help: "Give a file that exists and can be read.", LoadFailure: true},
		diag.Rule{Code: CodeMapping, Title: "Invalid mapping file", Help: "Fix the mapping file as the detail says; docs/import.md describes it.", LoadFailure: true},
		diag.Rule{Code: CodeEncoding, Title: "File is not UTF-8", Help: "Export the spreadsheet as \"CSV UTF-8\"."},
		diag.Rule{Code: CodeCSVSyntax, Title: "Malformed CSV", Help: "Quote cells that hold the delimiter, quotes or new lines, and double a quote inside a quoted cell."},
		diag.Rule{Code: CodeNoLabelColumn, Title: "No ID column", Help: "Add a column ID (or one named after the block type) holding each row's identifier, or map one in the mapping file."},
		diag.Rule{Code: CodeDuplicateColumn, Title: "Two columns give one attribute", Help: "Remove or rename one of the columns, or ignore one in the mapping file."},
		diag.Rule{Code: CodeUnmappedColumn, Title: "Column not imported", Help: "Map the column to an attribute in the mapping file, or ignore it there with \"\".", Warning: true},
		diag.Rule{Code: CodeExtraCells, Title: "Cells beyond the last column", Help: "Give the cells a header, or remove them."},
		diag.Rule{Code: CodeMissingValue, Title: "Missing required value", Help: "Fill in the cell, or give a default in the mapping file."},
		diag.Rule{Code: CodeInvalidLabel, Title: "Identifier unusable as a name", Help: "Give the row an ID with at least one letter or digit."},
		diag.Rule{Code: CodeLabelCollision, Title: "Two rows with one name", Help: "Give each row its own ID; IDs that differ only in case, spaces or punctuation make the same name."},
		diag.Rule{Code: CodeInvalidValue, Title: "Invalid value", Help: "Write the value the way the detail says."},
		diag.Rule{Code: CodeInvalidDate, Title: "Invalid date", Help: "Write a day that exists, as 31/03/2019 or 2019-03-31 (see --date-order)."},
		diag.Rule{Code: CodeUnknownReference, Title: "Reference to an unknown ID", Help: "Import or declare the asset first, or fix the ID."},
		diag.Rule{Code: CodeAmbiguousRef, Title: "Reference names several assets", Help: "Write TYPE.ID, e.g. device.core_sw_01, to say which."},
		diag.Rule{Code: CodeNoRecords, Title: "Nothing to import", Help: "Check that the file is the export you meant; the generated file is empty.", Warning: true},
		diag.Rule{Code: CodeHandWritten, Title: "Would overwrite a hand-written file", Help: "Rename or move the hand-written file, or import into another --out folder."},
		diag.Rule{Code: CodeNetBoxExport, Title: "Not a NetBox API export", Help: "Give the JSON a NetBox list endpoint returns (/api/dcim/sites/, devices/, interfaces/, cables/), one response per file."},
		diag.Rule{Code: CodeNetBoxIncomplete, Title: "NetBox export missing pages", Help: "Export with ?limit=0, or give every page of the endpoint.", Warning: true},
		diag.Rule{Code: CodeUnmappedRole, Title: "Device role with no kind", Help: "Map the role to a kind in the mapping file: values = { kind = { \"ROLE\" = \"switch\" } }.", Warning: true},
	)
}
