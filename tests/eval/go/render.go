package web

import (
	"html/template"
	"net/http"
	texttemplate "text/template"
)

var pages = template.Must(template.ParseGlob("templates/*.html"))

// plain-text email bodies: text/template is right for non-HTML output
var emailText = texttemplate.Must(texttemplate.New("email").Parse("Hi {{.Name}},\n\nYour order {{.OrderID}} has shipped.\n"))

type Profile struct {
	Name    string
	BioHTML string
}

const trustedFooter = template.HTML(`<footer>&copy; Acme Corp</footer>`)

func ProfilePage(w http.ResponseWriter, r *http.Request, p Profile) {
	data := map[string]any{
		"Name": p.Name,
		// expect: go.template-unescaped-html
		"Bio":    template.HTML(p.BioHTML),
		"Footer": trustedFooter,
	}
	pages.ExecuteTemplate(w, "profile.html", data)
}

func Widget(w http.ResponseWriter, r *http.Request) {
	cb := r.URL.Query().Get("callback")
	data := map[string]any{
		// expect: go.template-unescaped-html
		"Callback": template.JS(cb),
	}
	pages.ExecuteTemplate(w, "widget.html", data)
}

func Invoice(w http.ResponseWriter, r *http.Request) {
	// expect: go.text-template-html
	t := texttemplate.Must(texttemplate.New("invoice").Parse(`<html><body><h1>Invoice for {{.Customer}}</h1></body></html>`))
	w.Header().Set("Content-Type", "text/html")
	t.Execute(w, map[string]string{"Customer": r.URL.Query().Get("customer")})
}
