// Package stacktrace parses stack traces of Java (and other JVM languages),
// Python, Go, Node.js, .NET and Ruby into exceptions and normalized frames.
//
// A normalized frame is "module.function" with no line numbers, columns,
// addresses, offsets, arguments, lambda ids or generated class suffixes, so
// that the same code path yields the same frames across builds, hosts and
// runs:
//
//	Java   com.acme.OrderService$$EnhancerBySpringCGLIB$$ab12.place(...)  -> com.acme.OrderService.place
//	Python File "/srv/app/orders/service.py", line 12, in place          -> app.orders.service.place
//	Go     github.com/acme/app/orders.(*Svc).Place(0xc000...)            -> github.com/acme/app/orders.Svc.Place
//	Node   at OrderService.place (/app/src/orders.js:10:5)               -> app/src/orders.OrderService.place
//	.NET   at Acme.Orders.Svc.<PlaceAsync>d__5.MoveNext() in C:\x.cs:line 4 -> Acme.Orders.Svc.PlaceAsync
//	Ruby   app/models/order.rb:12:in `block in place'                    -> app/models/order.place
//
// File paths (Python, Node, Ruby) keep at most their last three path components so that deployment roots (/srv, /app, C:\build\...) do not
// leak into frames; paths below a package directory (site-packages,
// node_modules, gems, the Python or Ruby standard library) keep only the
// path inside it and mark the frame as library code.
//
// Frames are in-app unless they are library code or their normalized name
// starts with an exclude prefix; an include prefix overrides both.
//
// Parsing is bounded: at most [Config.MaxLines] lines and
// [Config.MaxBytes] bytes are read ([Trace.Truncated] says when the limit
// was hit), and any input, including invalid UTF-8 or binary data, is
// accepted without panicking.
package stacktrace
