package handlers

import (
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

const uploadRoot = "/srv/uploads"

var allowedHosts = map[string]bool{"cdn.example.com": true, "images.example.com": true}

func Download(w http.ResponseWriter, r *http.Request) {
	name := filepath.Base(filepath.Clean("/" + r.URL.Query().Get("name")))
	http.ServeFile(w, r, filepath.Join(uploadRoot, name))
}

func DownloadRaw(w http.ResponseWriter, r *http.Request) {
	// expect: go.path-traversal-request
	f, err := os.Open(filepath.Join(uploadRoot, r.URL.Query().Get("file")))
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	defer f.Close()
	io.Copy(w, f)
}

func DeleteUpload(w http.ResponseWriter, r *http.Request) {
	// expect: go.path-traversal-request
	if err := os.Remove(uploadRoot + "/" + r.FormValue("path")); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
	}
}

func Convert(w http.ResponseWriter, r *http.Request) {
	format := r.URL.Query().Get("format")
	// expect: go.exec-command-request-input
	out, err := exec.Command("pandoc", "-t", format, filepath.Join(uploadRoot, "doc.md")).Output()
	if err != nil {
		http.Error(w, "convert failed", http.StatusInternalServerError)
		return
	}
	w.Write(out)
}

func Ping(w http.ResponseWriter, r *http.Request) {
	out, _ := exec.Command("uptime").Output()
	w.Write(out)
}

func Proxy(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("url")
	// expect: go.ssrf-request-url
	resp, err := http.Get(target)
	if err != nil {
		http.Error(w, "upstream error", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}

func ProxyImage(w http.ResponseWriter, r *http.Request) {
	u, err := url.Parse(r.URL.Query().Get("src"))
	if err != nil || u.Scheme != "https" || !allowedHosts[strings.ToLower(u.Hostname())] {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	resp, err := http.Get(u.String())
	if err != nil {
		http.Error(w, "upstream error", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}

func Webhook(w http.ResponseWriter, r *http.Request) {
	// expect: go.ssrf-request-url
	req, _ := http.NewRequestWithContext(r.Context(), http.MethodPost, r.FormValue("callback"), nil)
	http.DefaultClient.Do(req)
}
