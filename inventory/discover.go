package inventory

import "github.com/hashicorp/hcl/v2"

// Discover returns the inventory files Load would read under paths, in the
// order it would read them, with a diagnostic for each path that cannot be
// walked (missing, unreadable, a symlink loop) or holds no inventory file.
// `decom fmt` uses it to find the files it lays out.
func Discover(paths []string) ([]string, hcl.Diagnostics) {
	names, _, diags := discover(paths)
	return names, diags
}
