package logtemplate

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Template exactness (issue #14, PA): rules that change what a template
// writes, not how records group. Examples written for this test.
func TestExactTemplates(t *testing.T) {
	tests := []struct {
		name string
		msgs []string
		want string
	}{
		{
			// a request line is one value once its method varies too
			name: "quoted request line with varying methods",
			msgs: []string{
				`gw 10.1.2.3 [01/Mar/2025:10:00:00 +0100] "GET /a/b HTTP/1.1" 200 12 ms`,
				`gw 10.1.2.4 [01/Mar/2025:10:00:01 +0100] "POST /c HTTP/2.0" 201 7 ms`,
				`gw 10.1.2.5 [01/Mar/2025:10:00:02 +0100] "DELETE /d/e/f HTTP/1.1" 204 0 ms`,
			},
			want: `gw <*> [<*>] "<*>" <*> <*> ms`,
		},
		{
			// an option's dash is syntax, its glued argument the value
			name: "linker option",
			msgs: []string{
				"checking for deflate in -lz... yes",
				"checking for dlopen in -ldl... yes",
				"checking for sqrt in -lm... no",
				"checking for crypt in -lcrypt... yes",
			},
			want: "checking for <*> in -<*>... <*>",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newMiner(t, nil)
			for _, msg := range tt.msgs {
				m.Process(msg)
			}
			for _, msg := range tt.msgs {
				assert.Equal(t, tt.want, m.Process(msg).Template, msg)
			}
		})
	}
}

func TestQuotedVariables(t *testing.T) {
	toks := func(s ...string) []string { return s }
	assert.Equal(t, 2, quotedVariables(toks(`"<*>`, `<*>`, `<*>"`), 0))
	assert.Equal(t, 1, quotedVariables(toks(`"<*>`, `<*>",`), 0))
	assert.Equal(t, 0, quotedVariables(toks(`"<*>`, `to`, `<*>"`), 0), "a constant word inside")
	assert.Equal(t, 0, quotedVariables(toks(`"<*>`, `<*>`), 0), "never closed")
	assert.Equal(t, 0, quotedVariables(toks(`"<*>`, `<*>"x"`), 0), "another quote after")
	assert.Equal(t, 0, quotedVariables(toks(`"GET`, `<*>"`), 0), "a method kept")
}
