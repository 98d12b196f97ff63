package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"
)

type User struct {
	ID        int64
	Email     string
	Name      string
	CreatedAt time.Time
}

type UserStore struct {
	db *sql.DB
}

var allowedSort = map[string]string{"name": "name", "created": "created_at"}

func (s *UserStore) ByEmail(ctx context.Context, email string) (*User, error) {
	u := &User{}
	err := s.db.QueryRowContext(ctx, "SELECT id, email, name, created_at FROM users WHERE email = $1", email).
		Scan(&u.ID, &u.Email, &u.Name, &u.CreatedAt)
	return u, err
}

func (s *UserStore) Search(ctx context.Context, term string) (*sql.Rows, error) {
	// expect: go.sql-injection-string-format
	q := fmt.Sprintf("SELECT id, email FROM users WHERE name ILIKE '%%%s%%'", term)
	return s.db.QueryContext(ctx, q)
}

func (s *UserStore) List(ctx context.Context, sortKey string, limit int) (*sql.Rows, error) {
	col, ok := allowedSort[sortKey]
	if !ok {
		col = "created_at"
	}
	q := fmt.Sprintf("SELECT id, email, name FROM users ORDER BY %s LIMIT $1", col)
	return s.db.QueryContext(ctx, q, limit)
}

func (s *UserStore) Delete(ctx context.Context, id string) error {
	// expect: go.sql-injection-string-format
	_, err := s.db.ExecContext(ctx, "DELETE FROM users WHERE id = "+id)
	return err
}

func (s *UserStore) ByIDs(ctx context.Context, ids []int64) (*sql.Rows, error) {
	placeholders := make([]string, len(ids))
	args := make([]any, len(ids))
	for i, id := range ids {
		placeholders[i] = fmt.Sprintf("$%d", i+1)
		args[i] = id
	}
	q := "SELECT id, email FROM users WHERE id IN (" + strings.Join(placeholders, ",") + ")"
	return s.db.QueryContext(ctx, q, args...)
}

func (s *UserStore) Rename(ctx context.Context, id int64, name string) error {
	// expect: go.sql-injection-string-format
	_, err := s.db.ExecContext(ctx, fmt.Sprintf("UPDATE users SET name = '%s' WHERE id = %d", name, id))
	return err
}

func (s *UserStore) CountByDomain(ctx context.Context, domain string) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM users WHERE email LIKE '%@' || $1", domain).Scan(&n)
	return n, err
}

func (s *UserStore) Tenant(ctx context.Context, tenant string) (*sql.Rows, error) {
	// expect: go.sql-injection-string-format
	return s.db.Query("SELECT * FROM accounts WHERE tenant = '" + tenant + "'")
}
