package fingerprint

import "testing"

func TestIDTemplate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Job state=FAILED", "Job state=FAILED"},
		{"a=b", "a=b"},
		{"x == y and y == z", "x == y and y == z"},
		{"Seat(travelDate=<*>, startStation=nanjing, stations=[nanjing, shanghai])",
			"Seat(travelDate=<*>, startStation=<*>, stations=<*>)"},
		{"Seat(travelDate=<*>, startStation=<*>, stations=[nanjing, zhenjiang, wuxi])",
			"Seat(travelDate=<*>, startStation=<*>, stations=<*>)"},
		{"Response(status=<*>, msg=Seat is Null., data=<*>)", "Response(status=<*>, msg=<*> is Null., data=<*>)"},
		{"k=[unbalanced, v=1", "k=<*>, v=<*>"},
		{"user=alice id=7", "user=<*> id=<*>"},
	}
	for _, tt := range tests {
		if got := IDTemplate(tt.in); got != tt.want {
			t.Errorf("IDTemplate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzIDTemplate(f *testing.F) {
	f.Add("Seat(a=b, c=[d, e], f={g=h})")
	f.Add("==[[((")
	f.Fuzz(func(t *testing.T, s string) {
		out := IDTemplate(s)
		if IDTemplate(out) != out {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, out, IDTemplate(out))
		}
	})
}
