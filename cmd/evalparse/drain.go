package main

import (
	"fmt"
	"hash/fnv"
	"regexp"
	"strconv"
	"strings"
)

// Plain Drain, the reference a template miner is compared with: the
// fixed-depth parse tree of He, Zhu, Zheng and Lyu, "Drain: An Online Log
// Parsing Approach with Fixed Depth Tree" (ICWS 2017), as the Loghub
// benchmark runs it with one configuration for every data set: depth 4 (the
// token count, then the first two tokens), similarity threshold 0.5, at most
// 100 children per node, and the usual two masking rules (IPv4 addresses
// with an optional port, and numbers standing alone between non-alphanumeric
// characters). Issue #14 quotes this configuration's figures on data we do
// not have; `-via drain` gives the same reference on ours. Its id is a hash
// of the template the record joined, so it drifts as templates generalize.

const (
	drainDepth    = 4
	drainSim      = 0.5
	drainMaxChild = 100
	drainWild     = "<*>"
)

var (
	drainIP  = regexp.MustCompile(`(\d+\.){3}\d+(:\d+)?`)
	drainNum = regexp.MustCompile(`[-+]?\d+`)
)

// drainMask applies the two masking rules: an IPv4 address (with its port),
// then a number that no letter or digit touches on either side.
func drainMask(msg string) string {
	msg = drainIP.ReplaceAllString(msg, drainWild)
	locs := drainNum.FindAllStringIndex(msg, -1)
	if len(locs) == 0 {
		return msg
	}
	var b strings.Builder
	last := 0
	for _, l := range locs {
		if l[0] > 0 && alnum(msg[l[0]-1]) || l[1] < len(msg) && alnum(msg[l[1]]) {
			continue
		}
		b.WriteString(msg[last:l[0]])
		b.WriteString(drainWild)
		last = l[1]
	}
	b.WriteString(msg[last:])
	return b.String()
}

func alnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

type drainNode struct {
	children map[string]*drainNode
	groups   []*drainGroup // at the leaves
}

type drainGroup struct{ tokens []string }

type drain struct{ root drainNode }

// add parses one message and returns the template of the group it joined,
// as that group's template stands after the message.
func (d *drain) add(msg string) string {
	tokens := strings.Fields(drainMask(msg))
	n := &d.root
	n = n.child(strconv.Itoa(len(tokens)))
	for i := 0; i < drainDepth-2 && i < len(tokens); i++ {
		tok := tokens[i]
		if strings.ContainsAny(tok, "0123456789") {
			tok = drainWild
		}
		if c, ok := n.children[tok]; ok {
			n = c
			continue
		}
		if len(n.children) < drainMaxChild {
			n = n.child(tok)
		} else {
			n = n.child(drainWild)
		}
	}
	var best *drainGroup
	bestSim, bestPar := -1.0, -1
	for _, g := range n.groups {
		sim, par := seqSim(g.tokens, tokens)
		if sim > bestSim || sim == bestSim && par > bestPar {
			best, bestSim, bestPar = g, sim, par
		}
	}
	if best == nil || bestSim < drainSim {
		best = &drainGroup{tokens: append([]string(nil), tokens...)}
		n.groups = append(n.groups, best)
	} else {
		for i, t := range tokens {
			if best.tokens[i] != t {
				best.tokens[i] = drainWild
			}
		}
	}
	return strings.Join(best.tokens, " ")
}

// child returns n's child under key, made when missing.
func (n *drainNode) child(key string) *drainNode {
	if c, ok := n.children[key]; ok {
		return c
	}
	if n.children == nil {
		n.children = map[string]*drainNode{}
	}
	c := &drainNode{}
	n.children[key] = c
	return c
}

// seqSim is Drain's similarity of a template and a message of the same
// length: the share of positions holding the same token, a wildcard of the
// template counting as a parameter, not a match.
func seqSim(tpl, msg []string) (float64, int) {
	if len(tpl) == 0 {
		return 1, 0
	}
	same, par := 0, 0
	for i, t := range tpl {
		if t == drainWild {
			par++
			continue
		}
		if t == msg[i] {
			same++
		}
	}
	return float64(same) / float64(len(tpl)), par
}

func drainParser() (ParseFunc, error) {
	d := &drain{}
	return func(msgs []string) (tpls, ids []string) {
		for _, msg := range msgs {
			t := d.add(msg)
			h := fnv.New64a()
			h.Write([]byte(t))
			tpls = append(tpls, t)
			ids = append(ids, fmt.Sprintf("%016x", h.Sum64()))
		}
		return tpls, ids
	}, nil
}
