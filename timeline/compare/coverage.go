package compare

func outletOf(e Evidence) string {
	if e.Outlet != "" {
		return e.Outlet
	}
	return e.Source
}

func coverage(events []EventEvidence, outlets []string, names func(string) string) CoverageData {
	cd := CoverageData{Outlets: []string{}, Events: []string{}, Cells: [][]int{}, SingleSource: []string{}, Exclusive: []Exclusive{}}
	col := map[string]int{}
	addOutlet := func(o string) {
		if _, ok := col[o]; ok {
			return
		}
		col[o] = len(cd.Outlets)
		cd.Outlets = append(cd.Outlets, o)
	}
	for _, o := range outlets {
		addOutlet(o)
	}
	for _, ev := range events {
		for _, e := range ev.Evidence {
			addOutlet(outletOf(e))
		}
	}
	excl := make([]Exclusive, len(cd.Outlets))
	for j, o := range cd.Outlets {
		excl[j] = Exclusive{Outlet: o, Events: []string{}, Facts: []EventFact{}}
	}
	for _, ev := range events {
		row := make([]int, len(cd.Outlets))
		for _, e := range ev.Evidence {
			row[col[outletOf(e)]]++
		}
		cd.Events = append(cd.Events, ev.ID)
		cd.Cells = append(cd.Cells, row)
		n, only := 0, -1
		for j, c := range row {
			if c > 0 {
				n++
				only = j
			}
		}
		if n == 1 {
			cd.SingleSource = append(cd.SingleSource, ev.ID)
			excl[only].Events = append(excl[only].Events, ev.ID)
			continue
		}
		if n < 2 {
			continue
		}
		// Facts whose slot only one outlet states.
		facts := extractFacts(ev.Evidence, names)
		bySlot := map[string][]string{}
		var order []string
		for _, f := range facts {
			k := f.Kind + "\x00" + f.Slot
			if _, ok := bySlot[k]; !ok {
				order = append(order, k)
			}
			bySlot[k] = addUnique(bySlot[k], outletOf(f.Evidence))
		}
		for _, k := range order {
			if len(bySlot[k]) != 1 {
				continue
			}
			for _, f := range facts {
				if f.Kind+"\x00"+f.Slot == k {
					j := col[outletOf(f.Evidence)]
					excl[j].Facts = append(excl[j].Facts, EventFact{Event: ev.ID, Fact: f})
				}
			}
		}
	}
	cd.Exclusive = excl
	return cd
}
