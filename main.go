// Command storyline rebuilds what happened, in what order, from many news
// articles about one story.
package main

import (
	"fmt"
	"os"

	"storyline/data"
	"storyline/timeline"
)

func main() {
	c := data.Load(os.Args[1:], data.Options{})
	t := timeline.Build(c)
	fmt.Println(t.Title, len(t.Sources), "sources")
}
