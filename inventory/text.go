package inventory

import "github.com/hashicorp/hcl/v2"

// CheckText vets the bytes of an inventory file as Load does before it
// parses them: an error for a binary file (a NUL byte) or one that is not
// UTF-8, a warning for an empty one. `decom fmt` uses it so that it
// refuses what Load refuses.
func CheckText(name string, src []byte) hcl.Diagnostics {
	_, _, diags := checkText(name, src)
	return diags
}
