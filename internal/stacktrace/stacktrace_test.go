package stacktrace

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const javaTrace = `2024-05-01 12:00:00 ERROR [http-nio-8080-exec-1] c.a.OrderController - request failed
java.lang.IllegalStateException: order 42 cannot be placed
	at com.acme.orders.OrderService$$EnhancerBySpringCGLIB$$a1b2c3.place(<generated>)
	at com.acme.orders.OrderController.lambda$create$0(OrderController.java:31)
	at com.acme.orders.OrderController$$Lambda$123/0x0000000800c4b840.apply(Unknown Source)
	at jdk.internal.reflect.GeneratedMethodAccessor45.invoke(Unknown Source)
	at java.base/java.lang.reflect.Method.invoke(Method.java:568)
	at org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:897) ~[spring-webmvc-5.3.jar:5.3]
	Suppressed: java.io.IOException: close failed
		at com.acme.orders.Stream.close(Stream.java:10)
		Caused by: java.lang.RuntimeException: inner suppressed
			at com.acme.orders.Stream.flush(Stream.java:20)
Caused by: org.postgresql.util.PSQLException: connection refused
	at org.postgresql.Driver.connect(Driver.java:100)
	at com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:12)
	at com.acme.orders.OrderRepository.save(OrderRepository.java:55)
	at com.acme.orders.OrderService.place(OrderService.java:40)
	... 12 more
Caused by: java.net.ConnectException: Connection refused
	at java.base/sun.nio.ch.Net.connect0(Native Method)
	at java.base/sun.nio.ch.Net.connect(Net.java:579)
	... 20 more
`

const pythonTrace = `Traceback (most recent call last):
  File "/srv/app/orders/repo.py", line 20, in save
    conn = pool.get()
  File "/usr/local/lib/python3.11/site-packages/psycopg2/pool.py", line 99, in get
    raise PoolError("exhausted")
psycopg2.pool.PoolError: exhausted

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "/srv/app/orders/views.py", line 12, in create
    order.place()
  File "/srv/app/orders/service.py", line 40, in place
    self.repo.save(self)
  File "/usr/lib/python3.11/json/decoder.py", line 337, in decode
    obj, end = self.raw_decode(s, idx=_w(s, 0).end())
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
ValueError: bad order 42
`

const goTrace = `panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x49a1b2]

goroutine 1 [running]:
github.com/acme/app/orders.(*Service).Place(0xc000010000, {0x5, 0x6})
	/home/ci/src/github.com/acme/app/orders/service.go:42 +0x1d
github.com/acme/app/orders.Map[...](...)
	/home/ci/src/github.com/acme/app/orders/util.go:7
net/http.HandlerFunc.ServeHTTP(0xc0000a2000, {0x7f, 0xc0000b4000}, 0xc0000c0000)
	/usr/local/go/src/net/http/server.go:2136 +0x29
main.main.func1()
	/app/main.go:12 +0x45
created by main.main in goroutine 1
	/app/main.go:10 +0x65

goroutine 7 [IO wait]:
internal/poll.runtime_pollWait(0x7f, 0x72)
	/usr/local/go/src/runtime/netpoll.go:345 +0x85
`

const nodeTrace = `TypeError: Cannot read properties of undefined (reading 'id')
    at OrderService.place (/app/src/orders/service.js:10:15)
    at async Promise.all (index 0)
    at new Router (/app/node_modules/express/lib/router/index.js:284:7)
    at Object.<anonymous> (/app/src/index.js:5:1)
    at /app/src/orders/handler.js:22:9
    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)
`

const dotnetTrace = `Unhandled exception. System.InvalidOperationException: Order failed ---> System.IO.IOException: disk full
   at Acme.Orders.Storage.Write(Byte[] data) in C:\src\Acme.Orders\Storage.cs:line 12
   at Acme.Orders.OrderService.<PlaceAsync>d__5.MoveNext() in C:\src\Acme.Orders\OrderService.cs:line 42
   --- End of inner exception stack trace ---
   at Acme.Orders.OrderService.<PlaceAsync>d__5.MoveNext() in C:\src\Acme.Orders\OrderService.cs:line 50
--- End of stack trace from previous location ---
   at System.Runtime.CompilerServices.TaskAwaiter.ThrowForNonSuccess(Task task)
   at Acme.Orders.Program.<>c__DisplayClass0_0.<Main>b__0()
   at Acme.Orders.Repo` + "`" + `1.Save[T](T item)
`

const rubyTrace = "app/models/order.rb:12:in `block in place': undefined method `id' for nil:NilClass (NoMethodError)\n" +
	"\tfrom /usr/local/bundle/gems/activerecord-7.0.4/lib/active_record/transactions.rb:209:in `transaction'\n" +
	"\tfrom app/controllers/orders_controller.rb:5:in `create'\n"

func TestParse(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		lang    Language
		types   []string // outermost first
		msg     string   // outer message
		frames  [][]string
		inApp   []string // TopFrames(3)
		library []bool   // Library flags of the root cause frames, when set
	}{
		{
			name:  "java",
			in:    javaTrace,
			lang:  Java,
			types: []string{"java.lang.IllegalStateException", "org.postgresql.util.PSQLException", "java.net.ConnectException"},
			msg:   "order 42 cannot be placed",
			frames: [][]string{
				{"com.acme.orders.OrderService.place", "com.acme.orders.OrderController.lambda$create", "com.acme.orders.OrderController$$Lambda.apply", "jdk.internal.reflect.GeneratedMethodAccessor.invoke", "java.lang.reflect.Method.invoke", "org.springframework.web.servlet.FrameworkServlet.service"},
				{"org.postgresql.Driver.connect", "com.zaxxer.hikari.pool.HikariPool.getConnection", "com.acme.orders.OrderRepository.save", "com.acme.orders.OrderService.place"},
				{"sun.nio.ch.Net.connect0", "sun.nio.ch.Net.connect"},
			},
			inApp: []string{"com.acme.orders.OrderRepository.save", "com.acme.orders.OrderService.place"},
		},
		{
			name:  "python",
			in:    pythonTrace,
			lang:  Python,
			types: []string{"ValueError", "psycopg2.pool.PoolError"},
			msg:   "bad order 42",
			frames: [][]string{
				{"json.decoder.decode", "app.orders.service.place", "app.orders.views.create"},
				{"psycopg2.pool.get", "app.orders.repo.save"},
			},
			inApp:   []string{"app.orders.repo.save"},
			library: []bool{true, false},
		},
		{
			name:  "go",
			in:    goTrace,
			lang:  Go,
			types: []string{"runtime error"},
			msg:   "invalid memory address or nil pointer dereference",
			frames: [][]string{
				{"github.com/acme/app/orders.Service.Place", "github.com/acme/app/orders.Map", "net/http.HandlerFunc.ServeHTTP", "main.main.func1"},
			},
			inApp:   []string{"github.com/acme/app/orders.Service.Place", "github.com/acme/app/orders.Map", "main.main.func1"},
			library: []bool{false, false, true, false},
		},
		{
			name:  "node",
			in:    nodeTrace,
			lang:  Node,
			types: []string{"TypeError"},
			msg:   "Cannot read properties of undefined (reading 'id')",
			frames: [][]string{
				{"src/orders/service.OrderService.place", "express/lib/router/index.Router", "app/src/index.Object.<anonymous>", "src/orders/handler", "node:internal/process/task_queues.process.processTicksAndRejections"},
			},
			inApp:   []string{"src/orders/service.OrderService.place", "app/src/index.Object.<anonymous>", "src/orders/handler"},
			library: []bool{false, true, false, false, true},
		},
		{
			name:  "dotnet",
			in:    dotnetTrace,
			lang:  DotNet,
			types: []string{"System.InvalidOperationException", "System.IO.IOException"},
			msg:   "Order failed",
			frames: [][]string{
				{"Acme.Orders.OrderService.PlaceAsync", "System.Runtime.CompilerServices.TaskAwaiter.ThrowForNonSuccess", "Acme.Orders.Program.Main", "Acme.Orders.Repo.Save"},
				{"Acme.Orders.Storage.Write", "Acme.Orders.OrderService.PlaceAsync"},
			},
			inApp: []string{"Acme.Orders.Storage.Write", "Acme.Orders.OrderService.PlaceAsync"},
		},
		{
			name:  "ruby",
			in:    rubyTrace,
			lang:  Ruby,
			types: []string{"NoMethodError"},
			msg:   "undefined method `id' for nil:NilClass",
			frames: [][]string{
				{"app/models/order.place", "activerecord/lib/active_record/transactions.transaction", "app/controllers/orders_controller.create"},
			},
			inApp:   []string{"app/models/order.place", "app/controllers/orders_controller.create"},
			library: []bool{false, true, false},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := Parse(tt.in)
			assert.Equal(t, tt.lang, tr.Language)
			assert.False(t, tr.Truncated)
			var types []string
			var frames [][]string
			for _, e := range tr.Exceptions {
				types = append(types, e.Type)
				var fs []string
				for _, f := range e.Frames {
					fs = append(fs, f.Function)
				}
				frames = append(frames, fs)
			}
			assert.Equal(t, tt.types, types)
			assert.Equal(t, tt.frames, frames)
			require.NotNil(t, tr.Outer())
			assert.Equal(t, tt.msg, tr.Outer().Message)
			assert.Equal(t, tt.inApp, tr.TopFrames(3))
			if tt.library != nil {
				var lib []bool
				for _, f := range tr.RootCause().Frames {
					lib = append(lib, f.Library)
				}
				assert.Equal(t, tt.library, lib)
			}
		})
	}
}

func TestMoreFormats(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		types  []string
		frames []string // TopFrames(5)
	}{
		{
			name:   "dotnet inner on its own line",
			in:     "System.InvalidOperationException: outer\n ---> System.IO.IOException: disk full\n   at Acme.Storage.Write()\n   --- End of inner exception stack trace ---\n   at Acme.Orders.Place()\n",
			types:  []string{"System.InvalidOperationException", "System.IO.IOException"},
			frames: []string{"Acme.Storage.Write"},
		},
		{
			name:   "node cause",
			in:     "Error: outer\n    at f (/app/src/a.js:1:1) {\n  [cause]: TypeError: inner\n      at g (/app/src/b.js:2:2)\n}\n",
			types:  []string{"Error", "TypeError"},
			frames: []string{"app/src/b.g"},
		},
		{
			name:   "ruby 3.4 quotes",
			in:     "app/models/order.rb:12:in 'Order#place': undefined method 'id' for nil (NoMethodError)\n\tfrom <internal:kernel>:187:in 'loop'\n",
			types:  []string{"NoMethodError"},
			frames: []string{"app/models/order.Order.place"},
		},
		{
			name:   "go debug.Stack without panic",
			in:     "goroutine 1 gp=0xc000002380 m=0 mp=0x6a2d40 [running]:\nruntime/debug.Stack()\n\t/usr/local/go/src/runtime/debug/stack.go:26 +0x5e\nexample.com/svc/api.handler()\n\t/src/api/h.go:9 +0x1\n",
			types:  []string{""},
			frames: []string{"example.com/svc/api.handler"},
		},
		{
			name:   "frames only",
			in:     "\tat com.acme.A.b(A.java:1)\n\tat org.apache.X.y(X.java:2)\n",
			types:  []string{""},
			frames: []string{"com.acme.A.b"},
		},
		{
			name:   "python chained cause",
			in:     "Traceback (most recent call last):\n  File \"/a/b/c/d.py\", line 3, in <module>\nKeyError: 'k'\n\nThe above exception was the direct cause of the following exception:\n\nTraceback (most recent call last):\n  File \"/a/b/c/e.py\", line 5, in run\napp.errors.ConfigError: missing k\n",
			types:  []string{"app.errors.ConfigError", "KeyError"},
			frames: []string{"b.c.d.<module>"},
		},
		{
			name:   "windows node path",
			in:     "RangeError: too big\n    at check (C:\\srv\\app\\lib\\check.js:4:11)\n",
			types:  []string{"RangeError"},
			frames: []string{"app/lib/check.check"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := Parse(tt.in)
			var types []string
			for _, e := range tr.Exceptions {
				types = append(types, e.Type)
			}
			assert.Equal(t, tt.types, types)
			assert.Equal(t, tt.frames, tr.TopFrames(5))
		})
	}
}

func TestNoLineNumbersOrAddresses(t *testing.T) {
	for _, in := range []string{javaTrace, pythonTrace, goTrace, nodeTrace, dotnetTrace, rubyTrace} {
		tr := Parse(in)
		for _, e := range tr.Exceptions {
			for _, f := range e.Frames {
				assert.NotRegexp(t, `:\d|0x|\+0x|\$\d|/0x|\(|line \d`, f.Function)
			}
		}
	}
}

func TestHeaders(t *testing.T) {
	tests := []struct{ in, typ, msg string }{
		{"java.lang.NullPointerException\n\tat com.a.B.c(B.java:1)", "java.lang.NullPointerException", ""},
		{"Exception in thread \"main\" java.lang.Error: boom\n\tat com.a.B.c(B.java:1)", "java.lang.Error", "boom"},
		{"Error: connect ECONNREFUSED 127.0.0.1:5432\n    at TCPConnectWrap.afterConnect (node:net:1555:16)", "Error", "connect ECONNREFUSED 127.0.0.1:5432"},
		{"fatal error: concurrent map writes\n\ngoroutine 5 [running]:\nmain.f()\n\t/a/m.go:3 +0x1", "fatal error", "concurrent map writes"},
		{"panic: boom [recovered]\n\tpanic: again\n\ngoroutine 1 [running]:\nmain.f()\n\t/a/m.go:3 +0x1", "panic", "boom"},
		{"Details: foo\nkotlin.KotlinNullPointerException: x\n\tat a.B.c(B.kt:3)", "kotlin.KotlinNullPointerException", "x"},
		{"just a log line with no trace", "", ""},
	}
	for _, tt := range tests {
		tr := Parse(tt.in)
		if tt.typ == "" {
			assert.Empty(t, tr.Exceptions, tt.in)
			continue
		}
		require.NotEmpty(t, tr.Exceptions, tt.in)
		assert.Equal(t, tt.typ, tr.Outer().Type, tt.in)
		assert.Equal(t, tt.msg, tr.Outer().Message, tt.in)
	}
}

func TestInAppConfig(t *testing.T) {
	p := NewParser(Config{Include: []string{"org.postgresql."}, Exclude: []string{"com.acme.orders.OrderRepository"}})
	tr := p.Parse(javaTrace)
	assert.Equal(t, []string{"org.postgresql.Driver.connect", "com.acme.orders.OrderService.place"}, tr.Exceptions[1].inApp())
	// Without defaults everything not included is in-app.
	p = NewParser(Config{NoDefaultExclude: true})
	assert.Equal(t, []string{"org.postgresql.Driver.connect", "com.zaxxer.hikari.pool.HikariPool.getConnection"}, p.Parse(javaTrace).Exceptions[1].inApp()[:2])
	assert.Equal(t, []string{"sun.nio.ch.Net.connect0"}, p.TopFrames(javaTrace, 1), "without defaults the root cause frames are in-app")
	// The deepest exception with in-app frames provides them.
	assert.Equal(t, []string{"com.acme.orders.OrderRepository.save"}, TopFrames(javaTrace, 1))
	// Fallback: no in-app frame anywhere -> top n frames of the root cause.
	libOnly := "java.lang.RuntimeException: x\n\tat java.lang.Thread.run(Thread.java:1)\nCaused by: java.io.IOException: y\n\tat sun.nio.ch.Net.connect0(Native Method)\n\tat sun.nio.ch.Net.connect(Net.java:2)\n"
	assert.Equal(t, []string{"sun.nio.ch.Net.connect0"}, TopFrames(libOnly, 1))
	assert.Nil(t, TopFrames(javaTrace, 0))
	assert.Nil(t, TopFrames("no trace", 3))
}

func (e Exception) inApp() []string {
	var out []string
	for _, f := range e.Frames {
		if f.InApp {
			out = append(out, f.Function)
		}
	}
	return out
}

func TestBounds(t *testing.T) {
	var b strings.Builder
	b.WriteString("java.lang.RuntimeException: x\n")
	for i := 0; i < 1000; i++ {
		b.WriteString("\tat com.acme.Deep.recurse(Deep.java:10)\n")
	}
	tr := Parse(b.String())
	assert.True(t, tr.Truncated)
	assert.Len(t, tr.Exceptions[0].Frames, DefaultMaxLines-1)

	p := NewParser(Config{MaxBytes: 100, MaxLines: 1000})
	tr = p.Parse(b.String())
	assert.True(t, tr.Truncated)
	assert.Len(t, tr.Exceptions[0].Frames, 1, "only the first 100 bytes are read")

	assert.False(t, Parse(javaTrace).Truncated)
}

func TestNormalizers(t *testing.T) {
	java := map[string]string{
		"app//com.acme.Foo.bar":                          "com.acme.Foo.bar",
		"java.base@17.0.2/java.lang.Thread.run":          "java.lang.Thread.run",
		"com.acme.Foo$$Lambda/0x000071c4e4003a00.accept": "com.acme.Foo$$Lambda.accept",
		"com.acme.Foo$$SpringCGLIB$$0.bar":               "com.acme.Foo.bar",
		"com.acme.Foo$HibernateProxy$Xy12Ab.getId":       "com.acme.Foo.getId",
		"jdk.proxy2.$Proxy45.save":                       "jdk.proxy.$Proxy.save",
		"com.acme.Outer$Inner.access$000":                "com.acme.Outer$Inner.access$",
		"com.acme.Foo.lambda$null$12":                    "com.acme.Foo.lambda$null",
	}
	for in, want := range java {
		assert.Equal(t, want, normJava(in), in)
	}
	goFns := map[string]string{
		"main.(*T[...]).m(0xc0, {0x1, 0x2})":      "main.T.m",
		"example.com/x/y.Func[go.shape.int](...)": "example.com/x/y.Func",
		"panic({0x4a, 0xc0})":                     "panic",
	}
	for in, want := range goFns {
		got, _ := normGo(in)
		assert.Equal(t, want, got, in)
	}
	mods := map[string]string{
		`C:\build\agent\src\Acme\Orders\Svc.py`:             "Acme/Orders/Svc",
		"/home/u/.venv/lib/python3.12/site-packages/a/b.py": "a/b",
		"file:///app/dist/server.mjs":                       "app/dist/server",
		"webpack:///./src/app.js":                           "src/app",
		"x.py":                                              "x",
	}
	for in, want := range mods {
		got, _ := modulePath(in, ".py", ".mjs", ".js")
		assert.Equal(t, want, got, in)
	}
}

// A stack taken in a deferred recover (debug.Stack()) starts with the
// recovery path; the failure's frames are below the runtime's panic frame.
func TestGoRecoveredPanicFramesStartAtTheFailure(t *testing.T) {
	stack := "goroutine 21 [running]:\n" +
		"runtime/debug.Stack()\n\t/usr/local/go/src/runtime/debug/stack.go:26 +0x5e\n" +
		"example.com/shop/checkout.(*Server).orders.func1()\n\t/src/checkout/server.go:88 +0x2a\n" +
		"panic({0x6b1080?, 0x974b20?})\n\t/usr/local/go/src/runtime/panic.go:860 +0x13a\n" +
		"example.com/shop/checkout.applyCoupon(...)\n\t/src/checkout/coupon.go:12\n" +
		"example.com/shop/checkout.(*Server).orders(0x754?)\n\t/src/checkout/server.go:95 +0x55\n" +
		"net/http.HandlerFunc.ServeHTTP(0xc000010000?, {0x8a3c40?, 0xc0000a0000?}, 0xc0000b0000?)\n\t/usr/local/go/src/net/http/server.go:2294 +0x29\n" +
		"created by net/http.(*Server).Serve in goroutine 1\n\t/usr/local/go/src/net/http/server.go:3454 +0x485\n"
	got := TopFrames(stack, 2)
	want := []string{"example.com/shop/checkout.applyCoupon", "example.com/shop/checkout.Server.orders"}
	if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Fatalf("TopFrames = %q, want %q", got, want)
	}
}
