"""Policy layer over the generated Jobo client."""
