// An inventory: structs in maps and slices, sorting by several keys, grouping.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Item struct {
	SKU      string
	Name     string
	Category string
	Qty      int
	Price    float64
}

type Inventory struct{ items map[string]*Item }

func (inv *Inventory) Add(it Item) {
	if ex, ok := inv.items[it.SKU]; ok {
		ex.Qty += it.Qty
		return
	}
	c := it
	inv.items[it.SKU] = &c
}

func (inv *Inventory) Remove(sku string, n int) bool {
	it, ok := inv.items[sku]
	if !ok || it.Qty < n {
		return false
	}
	it.Qty -= n
	if it.Qty == 0 {
		delete(inv.items, sku)
	}
	return true
}

func (inv *Inventory) Sorted() []Item {
	out := make([]Item, 0, len(inv.items))
	for _, it := range inv.items {
		out = append(out, *it)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Category != out[j].Category {
			return out[i].Category < out[j].Category
		}
		return out[i].SKU < out[j].SKU
	})
	return out
}

func main() {
	inv := &Inventory{items: map[string]*Item{}}
	inv.Add(Item{"A1", "apple", "fruit", 10, 0.5})
	inv.Add(Item{"B7", "bolt", "hardware", 200, 0.05})
	inv.Add(Item{"A2", "banana", "fruit", 6, 0.25})
	inv.Add(Item{"N3", "nut", "hardware", 150, 0.04})
	inv.Add(Item{"A1", "apple", "fruit", 5, 0.5})
	fmt.Println(inv.Remove("A2", 6), inv.Remove("N3", 1000), inv.Remove("ZZ", 1))
	byCat := map[string][]string{}
	value := map[string]float64{}
	for _, it := range inv.Sorted() {
		fmt.Printf("%-3s %-7s %-9s %4d %6.2f\n", it.SKU, it.Name, it.Category, it.Qty, it.Price*float64(it.Qty))
		byCat[it.Category] = append(byCat[it.Category], it.Name)
		value[it.Category] += it.Price * float64(it.Qty)
	}
	cats := make([]string, 0, len(byCat))
	for c := range byCat {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	for _, c := range cats {
		fmt.Printf("%s: %s (%.2f)\n", c, strings.Join(byCat[c], ","), value[c])
	}
	fmt.Println(len(inv.items))
}
