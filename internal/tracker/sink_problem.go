package tracker

// Problem tickets: the ticket key, the member index and what a merge or
// a split of problems does to their tickets.

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/otelcol-backlog/otelcol-backlog/internal/backlog"
	"github.com/otelcol-backlog/otelcol-backlog/internal/tracker/markup"
)

// units returns the items this sink tickets: the document's items (one per
// problem when the document ranks problems) with UnitProblem, the clusters
// passing the gates with UnitCluster (the items themselves when the
// document carries no clusters).
func (k *Sink) units(doc backlog.Document) []backlog.Item {
	if k.s.Unit != UnitCluster || len(doc.Clusters) == 0 {
		return doc.Items
	}
	var out []backlog.Item
	for _, it := range doc.Clusters {
		if it.Rank > 0 {
			it.Members = nil
			out = append(out, it)
		}
	}
	return out
}

// problemTicket reports whether it is ticketed as a problem.
func (k *Sink) problemTicket(it backlog.Item) bool {
	return k.s.Unit != UnitCluster && len(it.Members) > 0 && it.Problem.ID != ""
}

// keyOf is the ticket key of an item: its problem id for a problem ticket,
// else its fingerprint. The marker label and footer carry it.
func (k *Sink) keyOf(it backlog.Item) string {
	if k.problemTicket(it) {
		return it.Problem.ID
	}
	return it.Fingerprint
}

// membersOf lists the fingerprints a ticket stands for: its whole
// members and those folded into them (MergedFrom). A symptom shared with other problems (Member.Share) is each
// of their tickets' evidence but none's own: its index entry, a close's
// feedback and a merge's lineage follow the problems owning it.
func (k *Sink) membersOf(it backlog.Item) []string {
	if !k.problemTicket(it) {
		return append([]string{it.Fingerprint}, it.MergedFrom...)
	}
	out := make([]string, 0, len(it.Members))
	for _, m := range it.Members {
		if m.Share > 0 {
			continue
		}
		out = append(out, m.Fingerprint)
		out = append(out, m.MergedFrom...) // folded into it: their tickets' lineage is this one's
	}
	slices.Sort(out)
	return out
}

func (k *Sink) memberKey(fp string) string { return k.be.ID() + "/m/" + fp }

// previousProblem returns the problem key the member index holds for a
// member fingerprint ("" when none).
func (k *Sink) previousProblem(ctx context.Context, fp string) (string, error) {
	b, err := k.store.Get(ctx, k.memberKey(fp))
	if err != nil || b == nil {
		return "", err
	}
	return string(b), nil
}

// withOrigin prepends, to the body of a problem ticket about to be created,
// the tickets its members were ticketed under before: "Split from" a
// problem that still exists, "Continues" one that this problem absorbed
// (whose ticket lineage then closes as a duplicate of this one).
func (k *Sink) withOrigin(state context.Context, it backlog.Item, c Content) (Content, string, error) {
	if !k.problemTicket(it) {
		return c, contentHash(c.Title, c.Body), nil
	}
	seen := map[string]bool{}
	var lines []string
	for _, fp := range k.membersOf(it) {
		prev, err := k.previousProblem(state, fp)
		if err != nil {
			return c, "", err
		}
		if prev == "" || prev == c.Fingerprint || seen[prev] {
			continue
		}
		seen[prev] = true
		rec, err := k.load(state, prev)
		if err != nil {
			return c, "", err
		}
		if rec == nil || rec.ID == "" {
			continue
		}
		lines = append(lines, fmt.Sprintf("- Member %s was ticketed under problem %s: %s", markup.InlineCode(fp), markup.InlineCode(prev), ticketRef(rec)))
	}
	if len(lines) > 0 {
		c.Body = "## Origin\n" + strings.Join(lines, "\n") + "\n\n" + c.Body
	}
	return c, contentHash(c.Title, c.Body), nil
}

// ticketRef names a ticket by its URL (a link only when it is http(s)) or
// its id.
func ticketRef(rec *record) string {
	if u, ok := markup.SafeURL(rec.URL); ok && u != "" {
		return "[" + markup.Text(rec.ID) + "](" + u + ")"
	}
	return markup.InlineCode(rec.ID)
}

// lineage runs after a problem's ticket is synced: every member whose
// index names another problem that left the document (absorbed by this
// one) closes that problem's open ticket as a duplicate with a link to
// this one; the index then maps every member to this problem. A member
// whose former problem is still in the document moved out of it (a
// split): that ticket stays, and this one's Origin links back to it.
func (k *Sink) lineage(ctx, state context.Context, it backlog.Item, inDoc map[string]bool, budget *int, res *Result) error {
	key := k.keyOf(it)
	self, err := k.load(state, key)
	if err != nil || self == nil || self.ID == "" {
		return err // not ticketed (yet): the index waits for the ticket
	}
	for _, fp := range k.membersOf(it) {
		prev, err := k.previousProblem(state, fp)
		if err != nil {
			return err
		}
		if prev != "" && prev != key && !inDoc[prev] {
			if err := k.closeAbsorbed(ctx, state, prev, key, self, budget, res); err != nil {
				return err
			}
		}
		if prev != key {
			if err := k.store.Set(state, k.memberKey(fp), []byte(key)); err != nil {
				return err
			}
		}
	}
	if !slices.Equal(self.Members, k.membersOf(it)) {
		self.Members = k.membersOf(it)
		return k.save(state, key, self)
	}
	return nil
}

// closeAbsorbed closes the open ticket of problem prev as a duplicate of
// the survivor's ticket, once (the record says Closed). An open ticket
// whose record still names an earlier merge (MergedInto: a person
// reopened that duplicate) is closed again: the merge is new.
func (k *Sink) closeAbsorbed(ctx, state context.Context, prev, survivor string, self *record, budget *int, res *Result) error {
	rec, err := k.load(state, prev)
	if err != nil || rec == nil || rec.ID == "" || rec.Closed || rec.ID == self.ID {
		return err
	}
	if err := k.spend(budget); err != nil {
		return err
	}
	text := fmt.Sprintf("Duplicate of %s: problem %s was merged into problem %s, which this ticket continues.",
		ticketRef(self), markup.InlineCode(prev), markup.InlineCode(survivor))
	if err := k.be.Comment(ctx, rec.ID, Transition{Fingerprint: prev, Event: EventMerged, Text: text}); err != nil {
		return err
	}
	if err := k.spend(budget); err != nil {
		return err
	}
	if err := k.be.Close(ctx, rec.ID, Content{Fingerprint: prev, DuplicateOf: self.ID, Labels: []string{k.mergedLabel(survivor)}}); err != nil {
		return err
	}
	rec.Closed, rec.ClosedByUs, rec.MergedInto = true, true, survivor
	res.Closed++
	res.Merged++
	return k.save(state, prev, rec)
}

// mergedPrefix starts the merged label: "backlog-merged-into-<survivor
// key>" (no space nor colon: a valid label on every tracker; not the
// marker's prefix, so no marker lookup ever sees it).
const mergedPrefix = "backlog-merged-into-"

// mergedLabel is the label a ticket closed as a duplicate of survivor's
// ticket carries: with the state lost (kill -9 before it was saved, a
// wiped volume) the ticket, found again by its marker, still says it was
// closed by a merge and into which problem (mergedInto), so a split back
// reopens it and a duplicate close is not read as a person's "won't do".
func (k *Sink) mergedLabel(survivor string) string { return mergedPrefix + survivor }

// mergedInto returns the survivor key a merged label on labels names ("":
// none). Only a key of ticket-key characters is taken (a label is set by
// this sink or a person, never by telemetry, but it is read back as text).
func (k *Sink) mergedInto(labels []string) string {
	for _, l := range labels {
		key, ok := strings.CutPrefix(l, mergedPrefix)
		if ok && key != "" && len(key) <= 128 && strings.Trim(key, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-") == "" {
			return key
		}
	}
	return ""
}
