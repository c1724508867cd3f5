package main

import str "strings"

func main() {}

// Go 1.19: "imported and not used: \"strings\" as str"; modern gc (1.20+): "\"strings\" imported as str and not used".
