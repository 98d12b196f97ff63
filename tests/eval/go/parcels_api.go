package api

import (
	"database/sql"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
)

const labelDir = "/srv/parcels/labels"

type Server struct {
	db *sql.DB
}

func parcelsFor(customer string) string {
	return fmt.Sprintf("SELECT id, status FROM parcels WHERE customer = '%s'", customer)
}

func labelPath(name string) string {
	return filepath.Join(labelDir, filepath.Base(name))
}

func statusOf(value string) string {
	switch value {
	case "new", "shipped", "delivered":
		return "known"
	}
	return "new"
}

func (s *Server) run(query string) (*sql.Rows, error) {
	return s.db.Query(query)
}

func (s *Server) Parcels(w http.ResponseWriter, r *http.Request) {
	customer := r.URL.Query().Get("customer")
	// expect: go.tainted-sql
	rows, err := s.db.Query(parcelsFor(customer))
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
}

func (s *Server) Search(w http.ResponseWriter, r *http.Request) {
	term := r.FormValue("q")
	// expect: go.tainted-sql
	rows, err := s.run("SELECT id FROM parcels WHERE note LIKE '%" + term + "%'")
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
}

func (s *Server) Recent(w http.ResponseWriter, r *http.Request) {
	limit, err := strconv.Atoi(r.URL.Query().Get("limit"))
	if err != nil {
		limit = 20
	}
	rows, err := s.run(fmt.Sprintf("SELECT id FROM parcels ORDER BY id DESC LIMIT %d", limit))
	if err != nil {
		return
	}
	defer rows.Close()
}

func (s *Server) Label(w http.ResponseWriter, r *http.Request) {
	data, err := os.ReadFile(labelPath(r.URL.Query().Get("name")))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Write(data)
}

func (s *Server) ByStatus(w http.ResponseWriter, r *http.Request) {
	status := statusOf(r.URL.Query().Get("status"))
	data, err := os.ReadFile(filepath.Join(labelDir, status+".json"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Write(data)
}

func archive(name string) error {
	// expect: go.exec-command-shell-injection
	return exec.Command("sh", "-c", "tar czf /srv/parcels/archive.tgz "+name).Run()
}

func (s *Server) Archive(w http.ResponseWriter, r *http.Request) {
	// expect: go.tainted-command
	if err := archive(r.FormValue("name")); err != nil {
		http.Error(w, "archive failed", http.StatusInternalServerError)
	}
}
