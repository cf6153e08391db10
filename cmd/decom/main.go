// Command decom plans how to get off a legacy network safely: it validates
// an estate declared in HCL, orders its migration and retirement into
// deadline-aware waves, explains every decision and draws diagrams.
package main

import "os"

func main() { os.Exit(Main()) }
