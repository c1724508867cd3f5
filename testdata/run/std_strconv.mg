package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-17", "+8", "abc", "", "12a", "9223372036854775807", "9223372036854775808", "-9223372036854775809"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	i, err := strconv.ParseInt("0x1F", 0, 64)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("1_000", 0, 64)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("z", 36, 64)
	fmt.Println(i, err)
	_, err = strconv.ParseInt("1", 40, 64)
	fmt.Println(err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)

	for _, s := range []string{"3.14159", "1e10", "-0.5", "inf", "NaN", "1e400", "0x1p-2", "1.5.5", ".5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	f32, _ := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32)

	for _, s := range []string{"true", "T", "0", "False", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}

	fmt.Println(strconv.Itoa(-123), strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatUint(1<<63, 36))
	for _, v := range []float64{0, 1, -2.5, 3.141592653589793, 1e21, 1e-7, 123456789, 0.1 + 0.2, 100} {
		fmt.Println(strconv.FormatFloat(v, 'f', -1, 64), strconv.FormatFloat(v, 'e', 3, 64),
			strconv.FormatFloat(v, 'g', -1, 64), strconv.FormatFloat(v, 'f', 2, 64), strconv.FormatFloat(v, 'G', 4, 32))
	}
	fmt.Println(strconv.FormatBool(true), strconv.Quote("Hello, 世界\n\t\"q\"\x00"), strconv.QuoteToASCII("日本"), strconv.QuoteRune('☺'), strconv.QuoteRune('\n'))
	for _, s := range []string{`"a\nb"`, "`raw\\n`", `'x'`, `"bad`, `'ab'`, `"\u263a"`} {
		v, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", v, err)
	}
	fmt.Println(string(strconv.AppendInt([]byte("n="), 42, 10)), strconv.IsPrint('a'), strconv.IsPrint('\u00ad'))

	_, err = strconv.Atoi("x1")
	var numErr *strconv.NumError
	if errors.As(err, &numErr) {
		fmt.Println("func:", numErr.Func, "num:", numErr.Num, "err:", numErr.Err, errors.Is(err, strconv.ErrSyntax))
	}
}
