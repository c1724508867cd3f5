package main

func f() (err error) {
	{
		err := error(nil)
		_ = err
		return
	}
}

func main() { _ = f() }

// same text as gc; the second line is the inner declaration.
