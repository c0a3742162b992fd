// Package rank builds the ranked backlog document from a read-only view of
// the cluster store: it scores every cluster, applies the human overrides
// and the gates, decides order, state and watchlist, groups problems and
// redacts free text. It writes nothing and changes nothing in the store;
// package render writes the document it returns.
package rank
