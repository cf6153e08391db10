// Package architecture holds the test that keeps decom's packages in the
// layers docs/architecture.md describes: each package imports only
// packages of lower layers, the scheduler imports only the standard
// library, and no product package imports test support.
package architecture
