package main

import (
	"fmt"
	"strings"

	"github.com/decomhq/decom/importer"
	"github.com/decomhq/decom/importer/csvimport"
	"github.com/decomhq/decom/importer/netbox"
	"github.com/decomhq/decom/inventory"
	"github.com/decomhq/decom/inventory/language"
	"github.com/hashicorp/hcl/v2"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// newImportCmd builds `decom import`, which holds one subcommand per
// source; on its own it is a usage error.
func newImportCmd(s streams) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "import",
		Short: "Turn spreadsheet or NetBox exports into generated inventory files",
		Long: `import reads an estate kept elsewhere and writes it as inventory files:
"import csv" takes spreadsheet exports, one block type at a time; "import
netbox" takes NetBox REST API exports of sites, devices, interfaces and
cables. See docs/import.md.

Generated files start with a comment that marks them; importing again
replaces them, and never a hand-written file.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return &exitError{code: exitUsage, err: fmt.Errorf("import needs a source: decom import csv or decom import netbox")}
		},
	}
	cmd.AddCommand(newImportCSVCmd(s, runImportCSV), newImportNetBoxCmd(s, runImportNetBox))
	return cmd
}

// importCSVOptions are the parsed arguments of `decom import csv`.
type importCSVOptions struct {
	Files     []string
	Type      string
	Out       string
	Map       string
	Delimiter string
	DateOrder string
	Inventory []string
}

// bind registers the command's flags on fs.
func (o *importCSVOptions) bind(fs *pflag.FlagSet) {
	fs.StringVar(&o.Type, "type", "", "block `TYPE` every row declares: "+strings.Join(language.AssetTypes(), ", ")+" (required)")
	fs.StringVar(&o.Out, "out", "", "`DIR` to write the generated files to (required)")
	fs.StringVar(&o.Map, "map", "", "mapping `FILE`: column names, default values and words to translate (docs/import.md)")
	fs.StringVar(&o.Delimiter, "delimiter", "", "cell delimiter `C`: one character, or \"tab\" (default: detected from the header row)")
	fs.StringVar(&o.DateOrder, "date-order", "dmy", "`ORDER` of dates written with numbers only: dmy (31/03/2019), mdy (03/31/2019) or ymd")
	fs.StringArrayVar(&o.Inventory, "inventory", nil, "more inventory `PATH` that references may name, besides DIR (repeatable)")
}

// newImportCSVCmd builds `decom import csv` with run as its action.
func newImportCSVCmd(s streams, run func(streams, *importCSVOptions) error) *cobra.Command {
	o := &importCSVOptions{}
	cmd := &cobra.Command{
		Use:   "csv --type TYPE --out DIR FILE...",
		Short: "Import spreadsheet exports (CSV) of one block type",
		Long: `import csv turns each FILE (a spreadsheet saved as CSV) into DIR/FILE.hcl,
one block of --type per row. Headers match attribute names ignoring case,
spaces, hyphens and underscores ("Support Ends" is support_ends); the column
"ID" (or one named after the type) gives each block its name; --map names
other columns, default values and words to translate. Dates may be ISO
(2019-03-31) or day first (31/03/2019; see --date-order); lists are separated
by ";" or new lines; references name other assets by ID.

References must name an asset declared in DIR, in --inventory, or in this
import: import sites and networks before devices, devices before
applications.

Every fault names its file, row (the header is row 1), column and fix. If
any file has a fault nothing is written. Exit status: 0 when written
(warnings, such as a column not imported, allowed), 1 for faults in the
data, 2 for a usage error (a flag, a missing file, a broken mapping file).`,
		Example: `  decom import csv --type device --out examples/kcom new-servers.csv
  decom import csv --type application --out examples/kcom --map apps-map.hcl "Asset register.csv"`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Files = args
			return run(s, o)
		},
	}
	o.bind(cmd.Flags())
	return cmd
}

// runImportCSV reads the CSV files and writes what they declare, or
// reports why it writes nothing.
func runImportCSV(s streams, o *importCSVOptions) error {
	if o.Type == "" || o.Out == "" {
		return &exitError{code: exitUsage, err: fmt.Errorf("import csv needs --type and --out")}
	}
	delim, err := csvimport.ParseDelimiter(o.Delimiter)
	if err != nil {
		return &exitError{code: exitUsage, err: err}
	}
	opt := csvimport.Options{Type: o.Type, Delimiter: delim, DateOrder: importer.DateOrder(o.DateOrder)}
	dest := importer.Options{Out: o.Out, Inventory: o.Inventory}
	run, diags, err := csvimport.Import(o.Files, o.Map, opt, dest)
	if err != nil {
		return &exitError{code: exitUsage, err: err}
	}
	return finishImport(s, run, diags, dest)
}

// importNetBoxOptions are the parsed arguments of `decom import netbox`.
type importNetBoxOptions struct {
	Paths     []string
	Out       string
	Network   string
	Map       string
	Inventory []string
}

// bind registers the command's flags on fs.
func (o *importNetBoxOptions) bind(fs *pflag.FlagSet) {
	fs.StringVar(&o.Out, "out", "", "`DIR` to write the generated files to (required)")
	fs.StringVar(&o.Network, "network", "", "`ID` of the network the devices are on (required unless the mapping file gives a default)")
	fs.StringVar(&o.Map, "map", "", "mapping `FILE`: role to kind, status words, default values (docs/import.md)")
	fs.StringArrayVar(&o.Inventory, "inventory", nil, "more inventory `PATH` that references may name, besides DIR (repeatable)")
}

// newImportNetBoxCmd builds `decom import netbox` with run as its action.
func newImportNetBoxCmd(s streams, run func(streams, *importNetBoxOptions) error) *cobra.Command {
	o := &importNetBoxOptions{}
	cmd := &cobra.Command{
		Use:   "netbox --out DIR --network ID FILE|DIR...",
		Short: "Import sites and devices from NetBox REST API exports",
		Long: `import netbox reads what NetBox's REST API returns for /api/dcim/sites/,
/api/dcim/devices/, /api/dcim/interfaces/ and (optionally) /api/dcim/cables/,
saved as JSON files (each FILE, or every *.json in each DIR; any number of
pages), and writes DIR/netbox-sites.hcl and DIR/netbox-devices.hcl: a site
per site, and a device per device on the network --network, with its kind
(from its role), model (its device type's model), site and status; its
ports and ports in use (physical interfaces, and those cabled); and its
uplink (the switch it is cabled to). --map translates roles into kinds.

As with import csv, every fault names the record it is in, a fault writes
nothing, and only generated files are replaced. Exit status: 0 when
written, 1 for faults in the exports, 2 for a usage error.`,
		Example: `  decom import netbox --out netbox-inventory --inventory examples/kcom/networks.hcl --network kcom netbox/
  decom import netbox --out netbox-inventory --inventory examples/kcom/networks.hcl --network kcom --map roles.hcl netbox/sites.json netbox/devices-1.json netbox/devices-2.json netbox/interfaces.json`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Paths = args
			return run(s, o)
		},
	}
	o.bind(cmd.Flags())
	return cmd
}

// runImportNetBox reads the exports and writes what they declare, or
// reports why it writes nothing.
func runImportNetBox(s streams, o *importNetBoxOptions) error {
	if o.Out == "" {
		return &exitError{code: exitUsage, err: fmt.Errorf("import netbox needs --out")}
	}
	dest := importer.Options{Out: o.Out, Inventory: o.Inventory}
	run, diags, err := netbox.Import(o.Paths, o.Map, netbox.Options{Network: o.Network}, dest)
	if err != nil {
		return &exitError{code: exitUsage, err: err}
	}
	return finishImport(s, run, diags, dest)
}

// finishImport prints an import's diagnostics and, when it has no errors,
// writes its files and says what it wrote.
func finishImport(s streams, run *importer.Run, diags hcl.Diagnostics, dest importer.Options) error {
	if len(diags) > 0 {
		printDiagnostics(s.Err, &inventory.Model{Files: run.Sources}, diags)
	}
	if diags.HasErrors() {
		code := exitFindings
		if importer.IsUsage(diags) {
			code = exitUsage
		}
		return &exitError{code: code, err: fmt.Errorf("nothing written: %d error(s)", len(diags.Errs()))}
	}
	if err := run.Write(dest); err != nil {
		return &exitError{code: exitUsage, err: err}
	}
	for _, out := range run.Outputs {
		fmt.Fprintf(s.Out, "wrote %s: %d block(s)\n", out.Name, out.Blocks)
	}
	return nil
}
