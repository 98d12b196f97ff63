package handlers

import (
	"net/http"
	"os"
	"time"
)

func SetSession(w http.ResponseWriter, token string) {
	http.SetCookie(w, &http.Cookie{
		Name:     "session",
		Value:    token,
		Path:     "/",
		HttpOnly: true,
		Secure:   true,
		SameSite: http.SameSiteLaxMode,
		Expires:  time.Now().Add(12 * time.Hour),
	})
}

func SetRemember(w http.ResponseWriter, token string) {
	http.SetCookie(w, &http.Cookie{
		Name:  "remember_token",
		Value: token,
		// expect: go.cookie-insecure-flags
		Secure:   false,
		HttpOnly: true,
	})
}

func SetAuthForSPA(w http.ResponseWriter, token string) {
	// expect: go.cookie-insecure-flags
	http.SetCookie(w, &http.Cookie{Name: "auth_token", Value: token, HttpOnly: false, Secure: true})
}

func PrepareDirs() error {
	if err := os.MkdirAll("/var/lib/app/cache", 0o750); err != nil {
		return err
	}
	if err := os.Chmod("/var/lib/app/cache", 0o750); err != nil {
		return err
	}
	// expect: go.chmod-world-writable
	return os.Chmod("/var/lib/app/shared", 0777)
}

func PrepareSocket(path string) error {
	// expect: go.chmod-world-writable
	return os.Chmod(path, 0o666)
}

func PrepareLogs() error {
	return os.WriteFile("/var/log/app/ready", []byte("ok"), 0o644)
}
