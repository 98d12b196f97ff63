// Orders service: search, invoices, carrier callbacks and receipts.
package orders

import (
	"database/sql"
	"fmt"
	"html"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"
)

const invoiceDir = "/var/lib/orders/invoices"

type Server struct {
	db *sql.DB
}

func (s *Server) Search(w http.ResponseWriter, r *http.Request) {
	status := r.URL.Query().Get("status")
	filters := []string{"deleted = false"}
	if status != "" {
		filters = append(filters, "status = '"+status+"'")
	}
	where := strings.Join(filters, " AND ")
	// expect: go.sql-injection-string-format
	query := "SELECT id, total FROM orders WHERE " + where
	// expect: go.tainted-sql, go.sql-injection-string-format
	rows, err := s.db.Query(query)
	if err != nil {
		http.Error(w, "search failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
}

func (s *Server) Order(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.URL.Query().Get("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	row := s.db.QueryRow(fmt.Sprintf("SELECT total FROM orders WHERE id = %d", id))
	var total float64
	_ = row.Scan(&total)
	customer := r.FormValue("customer")
	s.db.QueryRow("SELECT count(*) FROM orders WHERE customer = $1", customer)
}

func (s *Server) Invoice(w http.ResponseWriter, r *http.Request) {
	number := r.URL.Query().Get("number")
	name := "invoice-" + number + ".pdf"
	// expect: go.tainted-path, go.path-traversal-request
	f, err := os.Open(filepath.Join(invoiceDir, name))
	if err == nil {
		f.Close()
	}
	safe := filepath.Join(invoiceDir, filepath.Base(name))
	g, err := os.Open(safe)
	if err == nil {
		g.Close()
	}
}

func (s *Server) Label(w http.ResponseWriter, r *http.Request) {
	carrier := r.FormValue("carrier")
	script := fmt.Sprintf("label-tool --carrier %s --out /tmp/label.pdf", carrier)
	// expect: go.tainted-command, go.exec-command-request-input, go.exec-command-shell-injection
	out, err := exec.Command("bash", "-c", script).Output()
	_, _ = out, err
	exec.Command("label-tool", "--carrier", carrier, "--out", "/tmp/label.pdf").Run()
}

func (s *Server) Track(w http.ResponseWriter, r *http.Request) {
	host := r.Header.Get("X-Carrier-Host")
	endpoint := "https://" + host + "/v2/track"
	// expect: go.tainted-url, go.ssrf-request-url
	resp, err := http.Get(endpoint)
	if err == nil {
		resp.Body.Close()
	}
	code := r.URL.Query().Get("code")
	resp, err = http.Get("https://api.carrier.example/v2/track/" + code)
	if err == nil {
		resp.Body.Close()
	}
}

func (s *Server) Receipt(w http.ResponseWriter, r *http.Request) {
	note := r.FormValue("note")
	greeting := "<p>Thanks! " + note + "</p>"
	// expect: go.tainted-html
	fmt.Fprintf(w, "<html><body>%s</body></html>", greeting)
	fmt.Fprintf(w, "<p>%s</p>", html.EscapeString(note))
}

func (s *Server) Done(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") {
		next = "/orders"
	}
	http.Redirect(w, r, next, http.StatusFound)
	back := r.Referer()
	// expect: go.tainted-redirect
	http.Redirect(w, r, back, http.StatusSeeOther)
}

func ExportHandler(db *sql.DB) gin.HandlerFunc {
	return func(c *gin.Context) {
		table := c.Param("table")
		// expect: go.tainted-sql, go.sql-injection-string-format
		rows, err := db.Query("SELECT * FROM " + table)
		if err == nil {
			rows.Close()
		}
		limit, _ := strconv.Atoi(c.DefaultQuery("limit", "100"))
		rows, err = db.Query(fmt.Sprintf("SELECT * FROM orders LIMIT %d", limit))
		if err == nil {
			rows.Close()
		}
	}
}
