package fingerprint

import "unsafe"

func stringData(s string) *byte { return unsafe.StringData(s) }
