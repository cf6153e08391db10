package inventory

import "github.com/decomhq/decom/inventory/diag"

// Diagnostic codes raised while loading and decoding an inventory. Each is
// documented in docs/language.md with a failing example and its fix.
const (
	CodePathNotFound       = "path-not-found"
	CodeUnreadable         = "unreadable"
	CodeNoInventoryFiles   = "no-inventory-files"
	CodeSymlinkLoop        = "symlink-loop"
	CodeNotRegularFile     = "not-regular-file"
	CodeFileTooLarge       = "file-too-large"
	CodeBinaryFile         = "binary-file"
	CodeInvalidUTF8        = "invalid-utf8"
	CodeEmptyFile          = "empty-file"
	CodeUnknownBlock       = "unknown-block"
	CodeUnknownAttribute   = "unknown-attribute"
	CodeMissingLabel       = "missing-label"
	CodeExtraLabel         = "extra-label"
	CodeInvalidLabel       = "invalid-label"
	CodeWrongType          = "wrong-type"
	CodeInvalidExpression  = "invalid-expression"
	CodeUnknownEnumValue   = "unknown-enum-value"
	CodeInvalidDate        = "invalid-date"
	CodeInvalidCurrency    = "invalid-currency"
	CodeNegativeNumber     = "negative-number"
	CodeNumberOutOfRange   = "number-out-of-range"
	CodeDuplicateAddress   = "duplicate-address"
	CodeDuplicateBlock     = "duplicate-block"
	CodeMissingAttribute   = "missing-attribute"
	CodeDanglingReference  = "dangling-reference"
	CodeWrongReferenceType = "wrong-reference-type"
	CodeQuotedReference    = "quoted-reference"
	CodeInvalidReference   = "invalid-reference"
	CodeLinkBetween        = "link-between"
	CodeDuplicateReference = "duplicate-reference"
)

func init() {
	diag.Register(
		diag.Rule{Code: CodePathNotFound, Title: "Path not found", Help: "Give an existing directory of *.hcl files, or an existing file.", RootCause: true, LoadFailure: true},
		diag.Rule{Code: CodeUnreadable, Title: "Unreadable file or directory", Help: "Fix the permissions so that decom can read it, or remove it from the inventory.", RootCause: true, LoadFailure: true},
		diag.Rule{Code: CodeNoInventoryFiles, Title: "No inventory files", Help: "Point decom at a directory that holds *.hcl or *.hcl.json files (hidden folders are skipped).", LoadFailure: true},
		diag.Rule{Code: CodeSymlinkLoop, Title: "Symbolic link loop", Help: "Remove the symbolic link that points back at an enclosing folder, or point it elsewhere.", LoadFailure: true},
		diag.Rule{Code: CodeNotRegularFile, Title: "Not a regular file", Help: "Give decom inventory files or folders; a FIFO, socket or device is not read, so it cannot hang or flood the run.", RootCause: true, LoadFailure: true},
		diag.Rule{Code: CodeFileTooLarge, Title: "File too large", Help: "Split the file into several smaller files; they load in parallel.", RootCause: true, LoadFailure: true},
		diag.Rule{Code: CodeBinaryFile, Title: "Binary file", Help: "An inventory file must be UTF-8 text; remove the binary file or rename it so it does not end in .hcl.", RootCause: true},
		diag.Rule{Code: CodeInvalidUTF8, Title: "File is not UTF-8", Help: "Save the file as UTF-8 text.", RootCause: true},
		diag.Rule{Code: CodeEmptyFile, Title: "Empty file", Help: "Add blocks to the file or delete it."},
		diag.Rule{Code: CodeUnknownBlock, Title: "Unknown block type", Help: "Use one of the block types of the inventory language; check the spelling against the suggestion."},
		diag.Rule{Code: CodeUnknownAttribute, Title: "Unknown attribute", Help: "Use one of the attributes the block takes; check the spelling against the suggestion."},
		diag.Rule{Code: CodeMissingLabel, Title: "Missing block name", Help: "Give the block its name in quotes after the type: device \"core_sw_01\" { ... }."},
		diag.Rule{Code: CodeExtraLabel, Title: "Extra block label", Help: "Remove the extra label: asset blocks take one name, estate and plan take none."},
		diag.Rule{Code: CodeInvalidLabel, Title: "Invalid block name", Help: "Start names with a letter or underscore and use only letters, digits, underscores and dashes, so that references such as device.NAME can name them."},
		diag.Rule{Code: CodeWrongType, Title: "Wrong type of value", Help: "Write the kind of value the attribute takes: a quoted string, a number without quotes, true or false, a bare reference or a list of them."},
		diag.Rule{Code: CodeInvalidExpression, Title: "Unsupported expression", Help: "Write a literal value or a bare reference; functions, variables and templates are not part of the inventory language."},
		diag.Rule{Code: CodeUnknownEnumValue, Title: "Unknown value", Help: "Use one of the values listed in the detail."},
		diag.Rule{Code: CodeInvalidDate, Title: "Invalid date", Help: "Write dates as \"YYYY-MM-DD\" naming a day that exists, e.g. \"2019-03-31\"."},
		diag.Rule{Code: CodeInvalidCurrency, Title: "Invalid currency code", Help: "Write the ISO 4217 code of the currency as three upper-case letters, e.g. \"GBP\"."},
		diag.Rule{Code: CodeNegativeNumber, Title: "Negative number", Help: "Counts, ports, costs, effort and limits are 0 or more."},
		diag.Rule{Code: CodeNumberOutOfRange, Title: "Number out of range", Help: "Give a value inside the range the detail states."},
		diag.Rule{Code: CodeDuplicateAddress, Title: "Duplicate address", Help: "Addresses TYPE.NAME are unique across all files: rename one of the blocks or remove the copy."},
		diag.Rule{Code: CodeDuplicateBlock, Title: "Second estate or plan block", Help: "An inventory has at most one estate block and one plan block; merge them into one."},
		diag.Rule{Code: CodeMissingAttribute, Title: "Missing required attribute", Help: "Add the attribute the detail names."},
		diag.Rule{Code: CodeDanglingReference, Title: "Reference to an undeclared asset", Help: "Declare the asset, or fix the reference to name one that exists."},
		diag.Rule{Code: CodeWrongReferenceType, Title: "Reference to the wrong type of block", Help: "Refer to a block of one of the types the attribute takes."},
		diag.Rule{Code: CodeQuotedReference, Title: "Quoted reference", Help: "Write references bare, without quotes: network = network.kcom."},
		diag.Rule{Code: CodeInvalidReference, Title: "Invalid reference", Help: "Write a reference as TYPE.NAME without quotes, e.g. network.kcom."},
		diag.Rule{Code: CodeDuplicateReference, Title: "Reference listed twice", Help: "Remove the repeated reference from the list; decom counts it once."},
		diag.Rule{Code: CodeLinkBetween, Title: "Link does not join two networks", Help: "Give a link exactly two different networks: between = [network.a, network.b]."},
	)
}
