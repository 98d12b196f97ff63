package auth

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	mrand "math/rand"
	"os"

	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/crypto/bcrypt"
)

const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

var hmacKey = []byte(os.Getenv("JWT_HMAC_KEY"))

func NewSessionToken() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

func NewResetToken(n int) string {
	b := make([]byte, n)
	for i := range b {
		// expect: go.insecure-random-secret
		b[i] = letters[mrand.Intn(len(letters))]
	}
	return string(b)
}

func NewOTP() string {
	// expect: go.insecure-random-secret
	return fmt.Sprintf("%06d", mrand.Intn(1000000))
}

func RetryJitter(attempt int) int {
	return attempt*100 + mrand.Intn(50)
}

func HashPassword(pw string) (string, error) {
	h, err := bcrypt.GenerateFromPassword([]byte(pw), bcrypt.DefaultCost)
	return string(h), err
}

func LegacyHashPassword(password, salt string) string {
	// expect: go.password-fast-hash
	sum := sha256.Sum256([]byte(salt + password))
	return hex.EncodeToString(sum[:])
}

func Fingerprint(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

func ParseToken(tokenString string) (*jwt.Token, error) {
	return jwt.Parse(tokenString, func(t *jwt.Token) (any, error) {
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, errors.New("unexpected signing method")
		}
		return hmacKey, nil
	})
}

func ParsePartnerToken(tokenString string) (*jwt.Token, error) {
	// expect: go.jwt-keyfunc-no-alg-check
	return jwt.Parse(tokenString, func(t *jwt.Token) (any, error) {
		return hmacKey, nil
	})
}

func ParseWithOptions(tokenString string) (*jwt.Token, error) {
	return jwt.Parse(tokenString, func(t *jwt.Token) (any, error) { return hmacKey, nil }, jwt.WithValidMethods([]string{"HS256"}))
}
