package attrs

import "testing"

// TestSemconvKeysOnTheWire: the keys taken from the semconv package are the
// names SDKs put on the wire; a semconv bump that renames one must be a
// deliberate change here (the processor and the exporter read these).
func TestSemconvKeysOnTheWire(t *testing.T) {
	for got, want := range map[string]string{
		ServiceName: "service.name", ServiceVersion: "service.version",
		DeploymentEnvironment: "deployment.environment.name", DeploymentID: "deployment.id",
		ExceptionType: "exception.type", ExceptionMessage: "exception.message", ExceptionStacktrace: "exception.stacktrace",
		HTTPRoute: "http.route", ServerAddress: "server.address", ErrorTypeSemconv: "error.type",
		DBSystemName: "db.system.name", MessagingDestination: "messaging.destination.name",
		HTTPResendCount: "http.request.resend_count", EnduserID: "enduser.id",
		CodeFilePath: "code.file.path", CodeFunctionName: "code.function.name", CodeLineNumber: "code.line.number",
	} {
		if got != want {
			t.Errorf("key %q, want %q", got, want)
		}
	}
}
