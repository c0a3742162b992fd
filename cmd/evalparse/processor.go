package main

import (
	"context"
	"fmt"

	"go.opentelemetry.io/collector/component/componenttest"
	"go.opentelemetry.io/collector/consumer/consumertest"
	"go.opentelemetry.io/collector/pdata/plog"
	"go.opentelemetry.io/collector/processor/processortest"

	"github.com/otelcol-backlog/otelcol-backlog/internal/attrs"
	"github.com/otelcol-backlog/otelcol-backlog/processor/fingerprintprocessor"
)

// processorParser runs messages through a fresh fingerprint processor with
// its default configuration, exactly as a collector would (one batch per
// call), and returns the log.record.template and fingerprint.id it wrote.
func processorParser() (ParseFunc, error) {
	f := fingerprintprocessor.NewFactory()
	sink := new(consumertest.LogsSink)
	p, err := f.CreateLogs(context.Background(), processortest.NewNopSettings(f.Type()), f.CreateDefaultConfig(), sink)
	if err != nil {
		return nil, err
	}
	if err := p.Start(context.Background(), componenttest.NewNopHost()); err != nil {
		return nil, err
	}
	return func(msgs []string) (tpls, ids []string) {
		ld := plog.NewLogs()
		rl := ld.ResourceLogs().AppendEmpty()
		rl.Resource().Attributes().PutStr(attrs.ServiceName, "eval")
		lrs := rl.ScopeLogs().AppendEmpty().LogRecords()
		for _, m := range msgs {
			lrs.AppendEmpty().Body().SetStr(m)
		}
		sink.Reset()
		if err := p.ConsumeLogs(context.Background(), ld); err != nil {
			panic(fmt.Sprintf("ConsumeLogs: %v", err))
		}
		out := sink.AllLogs()[0].ResourceLogs().At(0).ScopeLogs().At(0).LogRecords()
		for i := 0; i < out.Len(); i++ {
			a := out.At(i).Attributes()
			t, _ := a.Get(attrs.LogRecordTemplate)
			id, _ := a.Get(attrs.FingerprintID)
			tpls = append(tpls, t.Str())
			ids = append(ids, id.Str())
		}
		return tpls, ids
	}, nil
}
