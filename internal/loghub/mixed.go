package loghub

// Mixed returns the Content of every dataset in dir, interleaved line by
// line across datasets (a mixed stream, as a collector in front of many
// services would see).
func Mixed(dir string) ([]string, error) {
	names, err := Names(dir)
	if err != nil {
		return nil, err
	}
	var sets [][]string
	for _, name := range names {
		d, err := Load(dir, name)
		if err != nil {
			return nil, err
		}
		sets = append(sets, d.Contents)
	}
	var out []string
	for i := 0; ; i++ {
		added := false
		for _, s := range sets {
			if i < len(s) {
				out = append(out, s[i])
				added = true
			}
		}
		if !added {
			return out, nil
		}
	}
}
