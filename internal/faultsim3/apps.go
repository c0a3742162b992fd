package faultsim3

import "time"

// The systems are modelled on public demo and benchmark applications, their
// published architecture diagrams and source layouts:
//   - the OpenTelemetry Demo (Astronomy Shop, itself descended from Google's
//     Online Boutique): a Node frontend, Go checkout and product catalog,
//     a .NET cart on Valkey/Redis, C++ currency, Python recommendation,
//     Java ad, Node payment, Rust shipping, Ruby email, a Kafka topic
//     "orders" consumed by .NET accounting and Kotlin fraud-detection, an
//     nginx image provider;
//   - Weaveworks' Sock Shop: Node front-end, Go catalogue/payment/user on
//     MySQL and MongoDB, Java (Spring Boot) carts/orders/shipping, a
//     RabbitMQ queue consumed by queue-master;
//   - DeathStarBench's hotel reservation: Go gRPC services logging with
//     zerolog, memcached in front of MongoDB.
// Which optional services exist, replica counts, rates, latencies, log
// transports and noise are drawn from the seed.

type lang int

const (
	langGoZap lang = iota
	langGoSlog
	langGoZerolog
	langJava
	langKotlin
	langNode
	langPython
	langDotnet
	langRust
	langRuby
	langCpp
	langNginx // no application logs, spans only
	langEnvoy // a proxy in front of the entry: Envoy's own span attributes and access log lines
)

// sdkLanguage is telemetry.sdk.language.
func (l lang) sdkLanguage() string {
	switch l {
	case langGoZap, langGoSlog, langGoZerolog:
		return "go"
	case langJava, langKotlin:
		return "java"
	case langNode:
		return "nodejs"
	case langPython:
		return "python"
	case langDotnet:
		return "dotnet"
	case langRust:
		return "rust"
	case langRuby:
		return "ruby"
	}
	return "cpp"
}

func (l lang) infra() bool { return l == langEnvoy }

func (l lang) jvm() bool { return l == langJava || l == langKotlin }

type stepKind int

const (
	stepCall    stepKind = iota // synchronous call to another service's operation
	stepDB                      // database query
	stepCache                   // cache lookup; a miss runs the following stepDB
	stepPublish                 // message to a topic
)

// tmplApp is a topology template; build turns it into a system.
type tmplApp struct {
	name     string
	proxy    string // a service in front of every entry operation ("" none)
	services []tmplSvc
	ops      []tmplOp
	entries  []tmplEntry
	topics   []tmplTopic
}

type tmplSvc struct {
	name     string
	lang     lang
	grpc     bool
	pkg      string // gRPC package or Java package
	port     int
	optional bool // may be absent from a system
	db       *tmplDep
	cache    *tmplDep
}

type tmplDep struct {
	system, name, host string
	port               int
	lat                time.Duration
}

type tmplOp struct {
	id       string // svc.op
	svc      string
	rpc      string // gRPC service (method is name)
	name     string // gRPC method or HTTP route
	method   string // HTTP method
	self     time.Duration
	keyed    bool   // takes a product/hotel/item id
	info     string // INFO line at exit ("" none); {id} {n} {ms} {user} {order}
	steps    []tmplStep
	consumes string // topic this operation consumes (a consumer operation)
}

type tmplStep struct {
	kind     stepKind
	target   string // op id, or topic name for stepPublish
	dbOp     string
	coll     string
	prob     float64
	optional bool
	timeout  time.Duration
	retries  int
}

type tmplEntry struct {
	op     string
	weight float64
}

type tmplTopic struct {
	system, name string
}

func call(target string, prob float64, timeout time.Duration) tmplStep {
	return tmplStep{kind: stepCall, target: target, prob: prob, timeout: timeout}
}

func opt(s tmplStep) tmplStep { s.optional = true; return s }

func retry(s tmplStep, n int) tmplStep { s.retries = n; return s }

func db(op, coll string, prob float64) tmplStep {
	return tmplStep{kind: stepDB, dbOp: op, coll: coll, prob: prob}
}

func cache(op, key string, prob float64) tmplStep {
	return tmplStep{kind: stepCache, dbOp: op, coll: key, prob: prob}
}

func publish(topic string) tmplStep { return tmplStep{kind: stepPublish, target: topic, prob: 1} }

const ms = time.Millisecond

var apps = []tmplApp{otelDemo, sockShop, hotelReservation}

var otelDemo = tmplApp{
	name:  "astronomy-shop",
	proxy: "frontend-proxy",
	services: []tmplSvc{
		{name: "frontend-proxy", lang: langEnvoy, port: 8080},
		{name: "frontend", lang: langNode, port: 8080},
		{name: "cart", lang: langDotnet, grpc: true, pkg: "oteldemo", port: 7070,
			cache: &tmplDep{system: "redis", name: "0", host: "valkey-cart", port: 6379, lat: 1 * ms}},
		{name: "product-catalog", lang: langGoSlog, grpc: true, pkg: "oteldemo", port: 3550,
			db: &tmplDep{system: "postgresql", name: "otel", host: "postgresql", port: 5432, lat: 3 * ms}},
		{name: "currency", lang: langCpp, grpc: true, pkg: "oteldemo", port: 7001},
		{name: "recommendation", lang: langPython, grpc: true, pkg: "oteldemo", port: 9001, optional: true},
		{name: "ad", lang: langJava, grpc: true, pkg: "oteldemo", port: 9555, optional: true},
		{name: "checkout", lang: langGoZap, grpc: true, pkg: "oteldemo", port: 5050},
		{name: "payment", lang: langNode, grpc: true, pkg: "oteldemo", port: 50051},
		{name: "shipping", lang: langRust, port: 50050},
		{name: "email", lang: langRuby, port: 6060},
		{name: "accounting", lang: langDotnet, optional: true,
			db: &tmplDep{system: "postgresql", name: "otel", host: "postgresql", port: 5432, lat: 4 * ms}},
		{name: "fraud-detection", lang: langKotlin, pkg: "frauddetection", optional: true},
		{name: "image-provider", lang: langNginx, port: 8081, optional: true},
	},
	topics: []tmplTopic{{system: "kafka", name: "orders"}},
	ops: []tmplOp{
		{id: "frontend.products", svc: "frontend", method: "GET", name: "/api/products", self: 6 * ms,
			steps: []tmplStep{retry(call("product-catalog.ListProducts", 1, 3*time.Second), 1), opt(call("currency.Convert", 0.5, time.Second))}},
		{id: "frontend.product", svc: "frontend", method: "GET", name: "/api/products/{productId}", self: 5 * ms, keyed: true,
			steps: []tmplStep{retry(call("product-catalog.GetProduct", 1, 3*time.Second), 1), opt(call("recommendation.ListRecommendations", 1, 2*time.Second)), opt(call("ad.GetAds", 1, time.Second)), opt(call("image-provider.image", 1, 5*time.Second))}},
		{id: "frontend.addcart", svc: "frontend", method: "POST", name: "/api/cart", self: 4 * ms, keyed: true,
			steps: []tmplStep{call("cart.AddItem", 1, 2*time.Second)}},
		{id: "frontend.getcart", svc: "frontend", method: "GET", name: "/api/cart", self: 4 * ms,
			steps: []tmplStep{retry(call("cart.GetCart", 1, 2*time.Second), 1), call("product-catalog.GetProduct", 0.8, 3*time.Second)}},
		{id: "frontend.checkout", svc: "frontend", method: "POST", name: "/api/checkout", self: 8 * ms,
			info:  "order {order} placed for user {user}",
			steps: []tmplStep{call("checkout.PlaceOrder", 1, 10*time.Second)}},
		{id: "cart.AddItem", svc: "cart", rpc: "CartService", name: "AddItem", self: 2 * ms, keyed: true,
			info:  "AddItemAsync called with userId={user}, productId={id}, quantity={n}",
			steps: []tmplStep{cache("HGET", "cart", 1), cache("HSET", "cart", 1), cache("EXPIRE", "cart", 1)}},
		{id: "cart.GetCart", svc: "cart", rpc: "CartService", name: "GetCart", self: 2 * ms,
			info:  "GetCartAsync called with userId={user}",
			steps: []tmplStep{cache("HGET", "cart", 1)}},
		{id: "cart.EmptyCart", svc: "cart", rpc: "CartService", name: "EmptyCart", self: 2 * ms,
			info:  "EmptyCartAsync called with userId={user}",
			steps: []tmplStep{cache("HSET", "cart", 1), cache("EXPIRE", "cart", 1)}},
		{id: "product-catalog.ListProducts", svc: "product-catalog", rpc: "ProductCatalogService", name: "ListProducts", self: 3 * ms,
			info:  "Loaded {n} products",
			steps: []tmplStep{db("SELECT", "products", 1)}},
		{id: "product-catalog.GetProduct", svc: "product-catalog", rpc: "ProductCatalogService", name: "GetProduct", self: 2 * ms, keyed: true,
			info:  "Product Found - ID: {id}",
			steps: []tmplStep{db("SELECT", "products", 1)}},
		{id: "currency.Convert", svc: "currency", rpc: "CurrencyService", name: "Convert", self: 1 * ms,
			info: "Convert conversion successful"},
		{id: "recommendation.ListRecommendations", svc: "recommendation", rpc: "RecommendationService", name: "ListRecommendations", self: 6 * ms,
			info:  "Receive ListRecommendations for product ids:[{id}]",
			steps: []tmplStep{call("product-catalog.ListProducts", 1, 2*time.Second)}},
		{id: "ad.GetAds", svc: "ad", rpc: "AdService", name: "GetAds", self: 3 * ms,
			info: "Targeted ad request received for [{id}]"},
		{id: "checkout.PlaceOrder", svc: "checkout", rpc: "CheckoutService", name: "PlaceOrder", self: 10 * ms,
			info: "payment went through transaction_id={order}",
			steps: []tmplStep{
				call("cart.GetCart", 1, 2*time.Second), call("product-catalog.GetProduct", 1, 2*time.Second),
				call("currency.Convert", 1, time.Second), call("shipping.quote", 1, 2*time.Second),
				call("payment.Charge", 1, 3*time.Second), call("shipping.ship", 1, 2*time.Second),
				opt(call("email.send", 1, 2*time.Second)), call("cart.EmptyCart", 1, 2*time.Second), publish("orders")}},
		{id: "payment.Charge", svc: "payment", rpc: "PaymentService", name: "Charge", self: 15 * ms,
			info: "Transaction complete. transactionId={order} cardType=visa"},
		{id: "shipping.quote", svc: "shipping", method: "POST", name: "/get-quote", self: 3 * ms,
			info: "Sending Quote: {n}"},
		{id: "shipping.ship", svc: "shipping", method: "POST", name: "/ship-order", self: 2 * ms,
			info: "Tracking ID Created: {order}"},
		{id: "email.send", svc: "email", method: "POST", name: "/send_order_confirmation", self: 20 * ms,
			info: "Order confirmation email sent to: {user}@example.com"},
		{id: "accounting.consume", svc: "accounting", consumes: "orders", self: 3 * ms,
			info:  "Order details: {order}",
			steps: []tmplStep{db("INSERT", "orders", 1)}},
		{id: "fraud-detection.consume", svc: "fraud-detection", consumes: "orders", self: 2 * ms,
			info: "Consumed record with orderId: {order}, and updated total count to: {n}"},
		{id: "image-provider.image", svc: "image-provider", method: "GET", name: "/images/{name}", self: 4 * ms},
	},
	entries: []tmplEntry{{"frontend.products", 3}, {"frontend.product", 5}, {"frontend.addcart", 2}, {"frontend.getcart", 2}, {"frontend.checkout", 1}},
}

var sockShop = tmplApp{
	name: "sock-shop",
	services: []tmplSvc{
		{name: "front-end", lang: langNode, port: 8079},
		{name: "catalogue", lang: langGoZap, port: 80,
			db: &tmplDep{system: "mysql", name: "socksdb", host: "catalogue-db", port: 3306, lat: 2 * ms}},
		{name: "carts", lang: langJava, pkg: "works.weave.socks.cart", port: 80,
			db: &tmplDep{system: "mongodb", name: "data", host: "carts-db", port: 27017, lat: 3 * ms}},
		{name: "orders", lang: langJava, pkg: "works.weave.socks.orders", port: 80,
			db: &tmplDep{system: "mongodb", name: "data", host: "orders-db", port: 27017, lat: 3 * ms}},
		{name: "payment", lang: langGoSlog, port: 80},
		{name: "shipping", lang: langJava, pkg: "works.weave.socks.shipping", port: 80},
		{name: "queue-master", lang: langJava, pkg: "works.weave.socks.queuemaster", optional: true},
		{name: "user", lang: langGoZap, port: 80,
			db: &tmplDep{system: "mongodb", name: "users", host: "user-db", port: 27017, lat: 2 * ms}},
	},
	topics: []tmplTopic{{system: "rabbitmq", name: "shipping-task"}},
	ops: []tmplOp{
		{id: "front-end.catalogue", svc: "front-end", method: "GET", name: "/catalogue", self: 3 * ms,
			steps: []tmplStep{retry(call("catalogue.list", 1, 2*time.Second), 1)}},
		{id: "front-end.item", svc: "front-end", method: "GET", name: "/catalogue/{id}", self: 3 * ms, keyed: true,
			steps: []tmplStep{retry(call("catalogue.get", 1, 2*time.Second), 1)}},
		{id: "front-end.cart", svc: "front-end", method: "POST", name: "/cart", self: 3 * ms, keyed: true,
			steps: []tmplStep{call("catalogue.get", 1, 2*time.Second), call("carts.add", 1, 3*time.Second)}},
		{id: "front-end.login", svc: "front-end", method: "GET", name: "/login", self: 2 * ms,
			steps: []tmplStep{call("user.login", 1, 2*time.Second)}},
		{id: "front-end.orders", svc: "front-end", method: "POST", name: "/orders", self: 4 * ms,
			info:  "Order placed for customer {user}",
			steps: []tmplStep{call("orders.create", 1, 10*time.Second)}},
		{id: "catalogue.list", svc: "catalogue", method: "GET", name: "/catalogue", self: 2 * ms,
			steps: []tmplStep{db("SELECT", "sock", 1)}},
		{id: "catalogue.get", svc: "catalogue", method: "GET", name: "/catalogue/{id}", self: 1 * ms, keyed: true,
			steps: []tmplStep{db("SELECT", "sock", 1)}},
		{id: "carts.add", svc: "carts", method: "POST", name: "/carts/{customerId}/items", self: 6 * ms, keyed: true,
			info:  "Adding item {id} to cart of customer {user}",
			steps: []tmplStep{db("find", "cart", 1), db("update", "item", 1)}},
		{id: "carts.get", svc: "carts", method: "GET", name: "/carts/{customerId}/items", self: 4 * ms,
			steps: []tmplStep{db("find", "cart", 1)}},
		{id: "carts.delete", svc: "carts", method: "DELETE", name: "/carts/{customerId}", self: 3 * ms,
			info:  "Deleting cart for customer {user}",
			steps: []tmplStep{db("delete", "cart", 1)}},
		{id: "user.login", svc: "user", method: "GET", name: "/login", self: 2 * ms,
			info:  "login succeeded user={user}",
			steps: []tmplStep{db("find", "customers", 1)}},
		{id: "user.customer", svc: "user", method: "GET", name: "/customers/{id}", self: 1 * ms,
			steps: []tmplStep{db("find", "customers", 1)}},
		{id: "user.addresses", svc: "user", method: "GET", name: "/customers/{id}/addresses", self: 1 * ms,
			steps: []tmplStep{db("find", "addresses", 1)}},
		{id: "user.cards", svc: "user", method: "GET", name: "/customers/{id}/cards", self: 1 * ms,
			steps: []tmplStep{db("find", "cards", 1)}},
		{id: "orders.create", svc: "orders", method: "POST", name: "/orders", self: 12 * ms,
			info: "Order created: {order}",
			steps: []tmplStep{
				call("user.customer", 1, 2*time.Second), call("user.addresses", 1, 2*time.Second), call("user.cards", 1, 2*time.Second),
				call("carts.get", 1, 3*time.Second), call("payment.auth", 1, 3*time.Second), call("shipping.ship", 1, 3*time.Second),
				db("insert", "customerOrder", 1), call("carts.delete", 1, 3*time.Second)}},
		{id: "payment.auth", svc: "payment", method: "POST", name: "/paymentAuth", self: 2 * ms,
			info: "payment authorised amount={n}"},
		{id: "shipping.ship", svc: "shipping", method: "POST", name: "/shipping", self: 4 * ms,
			info:  "Adding shipment to queue: {order}",
			steps: []tmplStep{publish("shipping-task")}},
		{id: "queue-master.consume", svc: "queue-master", consumes: "shipping-task", self: 15 * ms,
			info: "Received shipment task: {order}"},
	},
	entries: []tmplEntry{{"front-end.catalogue", 4}, {"front-end.item", 4}, {"front-end.cart", 2}, {"front-end.login", 2}, {"front-end.orders", 1}},
}

var hotelReservation = tmplApp{
	name: "hotel-reservation",
	services: []tmplSvc{
		{name: "frontend", lang: langGoZerolog, port: 5000},
		{name: "search", lang: langGoZerolog, grpc: true, pkg: "search", port: 8082},
		{name: "geo", lang: langGoZerolog, grpc: true, pkg: "geo", port: 8083,
			db: &tmplDep{system: "mongodb", name: "geo-db", host: "mongodb-geo", port: 27017, lat: 2 * ms}},
		{name: "rate", lang: langGoZerolog, grpc: true, pkg: "rate", port: 8084,
			db:    &tmplDep{system: "mongodb", name: "rate-db", host: "mongodb-rate", port: 27017, lat: 3 * ms},
			cache: &tmplDep{system: "memcached", name: "", host: "memcached-rate", port: 11211, lat: 1 * ms}},
		{name: "profile", lang: langGoZerolog, grpc: true, pkg: "profile", port: 8081,
			db:    &tmplDep{system: "mongodb", name: "profile-db", host: "mongodb-profile", port: 27017, lat: 3 * ms},
			cache: &tmplDep{system: "memcached", name: "", host: "memcached-profile", port: 11211, lat: 1 * ms}},
		{name: "recommendation", lang: langGoZerolog, grpc: true, pkg: "recommendation", port: 8085, optional: true,
			db: &tmplDep{system: "mongodb", name: "recommendation-db", host: "mongodb-recommendation", port: 27017, lat: 2 * ms}},
		{name: "user", lang: langGoZerolog, grpc: true, pkg: "user", port: 8086,
			db: &tmplDep{system: "mongodb", name: "user-db", host: "mongodb-user", port: 27017, lat: 2 * ms}},
		{name: "reservation", lang: langGoZerolog, grpc: true, pkg: "reservation", port: 8087,
			db:    &tmplDep{system: "mongodb", name: "reservation-db", host: "mongodb-reservation", port: 27017, lat: 3 * ms},
			cache: &tmplDep{system: "memcached", name: "", host: "memcached-reserve", port: 11211, lat: 1 * ms}},
	},
	ops: []tmplOp{
		{id: "frontend.hotels", svc: "frontend", method: "GET", name: "/hotels", self: 3 * ms,
			steps: []tmplStep{call("search.Nearby", 1, 2*time.Second), call("reservation.CheckAvailability", 1, 2*time.Second), call("profile.GetProfiles", 1, 2*time.Second)}},
		{id: "frontend.recommendations", svc: "frontend", method: "GET", name: "/recommendations", self: 2 * ms,
			steps: []tmplStep{call("recommendation.GetRecommendations", 1, 2*time.Second), call("profile.GetProfiles", 1, 2*time.Second)}},
		{id: "frontend.user", svc: "frontend", method: "POST", name: "/user", self: 2 * ms,
			steps: []tmplStep{call("user.CheckUser", 1, 2*time.Second)}},
		{id: "frontend.reservation", svc: "frontend", method: "POST", name: "/reservation", self: 3 * ms, keyed: true,
			steps: []tmplStep{call("user.CheckUser", 1, 2*time.Second), call("reservation.MakeReservation", 1, 3*time.Second)}},
		{id: "search.Nearby", svc: "search", rpc: "Search", name: "Nearby", self: 2 * ms,
			info:  "nearby request for lat={n} lon={n}",
			steps: []tmplStep{call("geo.Nearby", 1, time.Second), call("rate.GetRates", 1, time.Second)}},
		{id: "geo.Nearby", svc: "geo", rpc: "Geo", name: "Nearby", self: 2 * ms,
			steps: []tmplStep{db("find", "geo", 1)}},
		{id: "rate.GetRates", svc: "rate", rpc: "Rate", name: "GetRates", self: 2 * ms,
			steps: []tmplStep{cache("get_multi", "rates", 1), db("find", "inventory", 1)}},
		{id: "profile.GetProfiles", svc: "profile", rpc: "Profile", name: "GetProfiles", self: 2 * ms,
			steps: []tmplStep{cache("get_multi", "profiles", 1), db("find", "hotels", 1)}},
		{id: "recommendation.GetRecommendations", svc: "recommendation", rpc: "Recommendation", name: "GetRecommendations", self: 2 * ms,
			steps: []tmplStep{db("find", "recommendation", 0.1)}},
		{id: "user.CheckUser", svc: "user", rpc: "User", name: "CheckUser", self: 2 * ms,
			steps: []tmplStep{db("find", "user", 0.2)}},
		{id: "reservation.CheckAvailability", svc: "reservation", rpc: "Reservation", name: "CheckAvailability", self: 3 * ms,
			steps: []tmplStep{cache("get_multi", "reservations", 1), db("find", "reservation", 1)}},
		{id: "reservation.MakeReservation", svc: "reservation", rpc: "Reservation", name: "MakeReservation", self: 4 * ms, keyed: true,
			info:  "reservation made hotelId={id} customer={user}",
			steps: []tmplStep{cache("get", "reservations", 1), db("find", "number", 1), db("insert", "reservation", 1), cache("set", "reservations", 1)}},
	},
	entries: []tmplEntry{{"frontend.hotels", 6}, {"frontend.recommendations", 4}, {"frontend.user", 1}, {"frontend.reservation", 1}},
}
