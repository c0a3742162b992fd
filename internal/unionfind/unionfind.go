// Package unionfind is a disjoint-set forest over 0..n-1 with path halving;
// the caller decides which root a union keeps.
package unionfind

// Forest maps each element to its parent; a root is its own parent.
type Forest []int

// New returns n singletons.
func New(n int) Forest {
	f := make(Forest, n)
	for i := range f {
		f[i] = i
	}
	return f
}

// Find returns the root of i's set.
func (f Forest) Find(i int) int {
	for f[i] != i {
		f[i] = f[f[i]]
		i = f[i]
	}
	return i
}

// Union joins the sets of a and b under root keep(ra, rb), which must
// return one of the two roots it is given; it reports whether they were
// apart.
func (f Forest) Union(a, b int, keep func(ra, rb int) int) bool {
	ra, rb := f.Find(a), f.Find(b)
	if ra == rb {
		return false
	}
	r := keep(ra, rb)
	f[ra], f[rb] = r, r
	return true
}
