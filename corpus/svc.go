package service

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"
)

type Account1 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeAccount1 handles account requests.
func ComputeAccount1(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account1
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product2 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateProduct2 handles product requests.
func ValidateProduct2(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product2
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment3 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SavePayment3 handles payment requests.
func SavePayment3(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment3
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product4 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveProduct4 handles product requests.
func SaveProduct4(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product4
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment5 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncShipment5 handles shipment requests.
func SyncShipment5(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment5
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment6 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdatePayment6 handles payment requests.
func UpdatePayment6(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment6
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment7 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateShipment7 handles shipment requests.
func ValidateShipment7(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment7
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product8 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateProduct8 handles product requests.
func ValidateProduct8(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product8
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session9 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateSession9 handles session requests.
func UpdateSession9(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session9
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment10 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchivePayment10 handles payment requests.
func ArchivePayment10(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment10
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product11 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateProduct11 handles product requests.
func ValidateProduct11(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product11
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment12 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdatePayment12 handles payment requests.
func UpdatePayment12(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment12
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session13 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportSession13 handles session requests.
func ExportSession13(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session13
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment14 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateShipment14 handles shipment requests.
func ValidateShipment14(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment14
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order15 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchOrder15 handles order requests.
func FetchOrder15(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order15
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment16 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportPayment16 handles payment requests.
func ExportPayment16(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment16
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket17 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveTicket17 handles ticket requests.
func SaveTicket17(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket17
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session18 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateSession18 handles session requests.
func ValidateSession18(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session18
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket19 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateTicket19 handles ticket requests.
func ValidateTicket19(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket19
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment20 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputePayment20 handles payment requests.
func ComputePayment20(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment20
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Report21 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateReport21 handles report requests.
func ValidateReport21(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM reports WHERE id = $1", id)
		var v Report21
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("report %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order22 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateOrder22 handles order requests.
func ValidateOrder22(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order22
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket23 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateTicket23 handles ticket requests.
func ValidateTicket23(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket23
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Report24 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateReport24 handles report requests.
func UpdateReport24(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM reports WHERE id = $1", id)
		var v Report24
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("report %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment25 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderShipment25 handles shipment requests.
func RenderShipment25(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment25
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order26 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveOrder26 handles order requests.
func SaveOrder26(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order26
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account27 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeAccount27 handles account requests.
func ComputeAccount27(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account27
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product28 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadProduct28 handles product requests.
func LoadProduct28(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product28
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product29 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncProduct29 handles product requests.
func SyncProduct29(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product29
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer30 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadCustomer30 handles customer requests.
func LoadCustomer30(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer30
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket31 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeTicket31 handles ticket requests.
func ComputeTicket31(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket31
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer32 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportCustomer32 handles customer requests.
func ExportCustomer32(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer32
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session33 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderSession33 handles session requests.
func RenderSession33(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session33
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket34 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeTicket34 handles ticket requests.
func ComputeTicket34(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket34
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order35 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadOrder35 handles order requests.
func LoadOrder35(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order35
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session36 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveSession36 handles session requests.
func ArchiveSession36(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session36
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment37 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdatePayment37 handles payment requests.
func UpdatePayment37(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment37
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session38 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchSession38 handles session requests.
func FetchSession38(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session38
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order39 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadOrder39 handles order requests.
func LoadOrder39(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order39
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order40 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveOrder40 handles order requests.
func SaveOrder40(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order40
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment41 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateShipment41 handles shipment requests.
func UpdateShipment41(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment41
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment42 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchShipment42 handles shipment requests.
func FetchShipment42(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment42
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment43 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncShipment43 handles shipment requests.
func SyncShipment43(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment43
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice44 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncInvoice44 handles invoice requests.
func SyncInvoice44(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice44
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket45 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateTicket45 handles ticket requests.
func ValidateTicket45(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket45
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice46 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadInvoice46 handles invoice requests.
func LoadInvoice46(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice46
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket47 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncTicket47 handles ticket requests.
func SyncTicket47(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket47
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account48 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateAccount48 handles account requests.
func ValidateAccount48(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account48
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer49 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderCustomer49 handles customer requests.
func RenderCustomer49(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer49
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Report50 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveReport50 handles report requests.
func SaveReport50(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM reports WHERE id = $1", id)
		var v Report50
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("report %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Report51 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveReport51 handles report requests.
func SaveReport51(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM reports WHERE id = $1", id)
		var v Report51
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("report %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment52 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchivePayment52 handles payment requests.
func ArchivePayment52(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment52
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Report53 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchReport53 handles report requests.
func FetchReport53(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM reports WHERE id = $1", id)
		var v Report53
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("report %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer54 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportCustomer54 handles customer requests.
func ExportCustomer54(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer54
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session55 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveSession55 handles session requests.
func SaveSession55(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session55
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session56 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveSession56 handles session requests.
func ArchiveSession56(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session56
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Report57 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveReport57 handles report requests.
func SaveReport57(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM reports WHERE id = $1", id)
		var v Report57
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("report %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment58 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchivePayment58 handles payment requests.
func ArchivePayment58(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment58
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account59 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncAccount59 handles account requests.
func SyncAccount59(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account59
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product60 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderProduct60 handles product requests.
func RenderProduct60(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product60
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket61 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateTicket61 handles ticket requests.
func ValidateTicket61(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket61
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment62 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchPayment62 handles payment requests.
func FetchPayment62(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment62
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment63 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeShipment63 handles shipment requests.
func ComputeShipment63(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment63
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product64 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveProduct64 handles product requests.
func SaveProduct64(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product64
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer65 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveCustomer65 handles customer requests.
func ArchiveCustomer65(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer65
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Report66 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveReport66 handles report requests.
func ArchiveReport66(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM reports WHERE id = $1", id)
		var v Report66
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("report %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer67 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncCustomer67 handles customer requests.
func SyncCustomer67(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer67
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer68 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchCustomer68 handles customer requests.
func FetchCustomer68(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer68
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer69 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncCustomer69 handles customer requests.
func SyncCustomer69(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer69
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order70 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeOrder70 handles order requests.
func ComputeOrder70(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order70
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account71 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchAccount71 handles account requests.
func FetchAccount71(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account71
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment72 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderShipment72 handles shipment requests.
func RenderShipment72(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment72
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice73 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveInvoice73 handles invoice requests.
func SaveInvoice73(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice73
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session74 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadSession74 handles session requests.
func LoadSession74(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session74
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment75 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportShipment75 handles shipment requests.
func ExportShipment75(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment75
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order76 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeOrder76 handles order requests.
func ComputeOrder76(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order76
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session77 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeSession77 handles session requests.
func ComputeSession77(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session77
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order78 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderOrder78 handles order requests.
func RenderOrder78(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order78
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice79 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateInvoice79 handles invoice requests.
func ValidateInvoice79(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice79
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product80 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateProduct80 handles product requests.
func ValidateProduct80(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product80
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account81 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateAccount81 handles account requests.
func UpdateAccount81(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account81
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order82 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncOrder82 handles order requests.
func SyncOrder82(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order82
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Report83 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveReport83 handles report requests.
func SaveReport83(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM reports WHERE id = $1", id)
		var v Report83
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("report %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order84 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncOrder84 handles order requests.
func SyncOrder84(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order84
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment85 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateShipment85 handles shipment requests.
func UpdateShipment85(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment85
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer86 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveCustomer86 handles customer requests.
func SaveCustomer86(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer86
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket87 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveTicket87 handles ticket requests.
func SaveTicket87(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket87
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Report88 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeReport88 handles report requests.
func ComputeReport88(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM reports WHERE id = $1", id)
		var v Report88
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("report %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket89 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateTicket89 handles ticket requests.
func ValidateTicket89(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket89
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice90 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncInvoice90 handles invoice requests.
func SyncInvoice90(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice90
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account91 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateAccount91 handles account requests.
func UpdateAccount91(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account91
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session92 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateSession92 handles session requests.
func ValidateSession92(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session92
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer93 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchCustomer93 handles customer requests.
func FetchCustomer93(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer93
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice94 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderInvoice94 handles invoice requests.
func RenderInvoice94(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice94
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket95 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncTicket95 handles ticket requests.
func SyncTicket95(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket95
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account96 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateAccount96 handles account requests.
func UpdateAccount96(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account96
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment97 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdatePayment97 handles payment requests.
func UpdatePayment97(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment97
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session98 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeSession98 handles session requests.
func ComputeSession98(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session98
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product99 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncProduct99 handles product requests.
func SyncProduct99(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product99
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice100 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeInvoice100 handles invoice requests.
func ComputeInvoice100(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice100
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session101 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadSession101 handles session requests.
func LoadSession101(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session101
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session102 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportSession102 handles session requests.
func ExportSession102(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session102
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice103 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeInvoice103 handles invoice requests.
func ComputeInvoice103(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice103
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session104 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadSession104 handles session requests.
func LoadSession104(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session104
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment105 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeShipment105 handles shipment requests.
func ComputeShipment105(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment105
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session106 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateSession106 handles session requests.
func ValidateSession106(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session106
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account107 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateAccount107 handles account requests.
func ValidateAccount107(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account107
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product108 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeProduct108 handles product requests.
func ComputeProduct108(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product108
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer109 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportCustomer109 handles customer requests.
func ExportCustomer109(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer109
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session110 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchSession110 handles session requests.
func FetchSession110(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session110
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice111 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncInvoice111 handles invoice requests.
func SyncInvoice111(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice111
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice112 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveInvoice112 handles invoice requests.
func SaveInvoice112(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice112
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order113 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadOrder113 handles order requests.
func LoadOrder113(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order113
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment114 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeShipment114 handles shipment requests.
func ComputeShipment114(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment114
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice115 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportInvoice115 handles invoice requests.
func ExportInvoice115(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice115
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer116 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateCustomer116 handles customer requests.
func UpdateCustomer116(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer116
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product117 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveProduct117 handles product requests.
func ArchiveProduct117(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product117
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account118 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateAccount118 handles account requests.
func UpdateAccount118(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account118
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account119 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportAccount119 handles account requests.
func ExportAccount119(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account119
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket120 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateTicket120 handles ticket requests.
func UpdateTicket120(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket120
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session121 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderSession121 handles session requests.
func RenderSession121(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session121
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer122 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderCustomer122 handles customer requests.
func RenderCustomer122(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer122
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment123 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveShipment123 handles shipment requests.
func ArchiveShipment123(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment123
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order124 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadOrder124 handles order requests.
func LoadOrder124(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order124
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket125 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateTicket125 handles ticket requests.
func UpdateTicket125(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket125
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment126 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncPayment126 handles payment requests.
func SyncPayment126(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment126
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account127 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveAccount127 handles account requests.
func ArchiveAccount127(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account127
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session128 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchSession128 handles session requests.
func FetchSession128(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session128
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Report129 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchReport129 handles report requests.
func FetchReport129(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM reports WHERE id = $1", id)
		var v Report129
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("report %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Report130 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderReport130 handles report requests.
func RenderReport130(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM reports WHERE id = $1", id)
		var v Report130
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("report %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account131 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveAccount131 handles account requests.
func SaveAccount131(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account131
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Report132 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveReport132 handles report requests.
func SaveReport132(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM reports WHERE id = $1", id)
		var v Report132
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("report %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Report133 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncReport133 handles report requests.
func SyncReport133(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM reports WHERE id = $1", id)
		var v Report133
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("report %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment134 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchivePayment134 handles payment requests.
func ArchivePayment134(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment134
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment135 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchivePayment135 handles payment requests.
func ArchivePayment135(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment135
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product136 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncProduct136 handles product requests.
func SyncProduct136(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product136
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment137 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchShipment137 handles shipment requests.
func FetchShipment137(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment137
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer138 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchCustomer138 handles customer requests.
func FetchCustomer138(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer138
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket139 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncTicket139 handles ticket requests.
func SyncTicket139(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket139
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order140 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveOrder140 handles order requests.
func ArchiveOrder140(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order140
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account141 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportAccount141 handles account requests.
func ExportAccount141(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account141
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment142 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeShipment142 handles shipment requests.
func ComputeShipment142(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment142
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account143 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeAccount143 handles account requests.
func ComputeAccount143(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account143
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account144 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveAccount144 handles account requests.
func ArchiveAccount144(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account144
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice145 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderInvoice145 handles invoice requests.
func RenderInvoice145(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice145
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment146 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveShipment146 handles shipment requests.
func ArchiveShipment146(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment146
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order147 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncOrder147 handles order requests.
func SyncOrder147(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order147
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product148 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchProduct148 handles product requests.
func FetchProduct148(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product148
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment149 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadPayment149 handles payment requests.
func LoadPayment149(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment149
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session150 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateSession150 handles session requests.
func ValidateSession150(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session150
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order151 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveOrder151 handles order requests.
func ArchiveOrder151(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order151
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket152 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeTicket152 handles ticket requests.
func ComputeTicket152(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket152
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order153 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveOrder153 handles order requests.
func ArchiveOrder153(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order153
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account154 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateAccount154 handles account requests.
func UpdateAccount154(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account154
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket155 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateTicket155 handles ticket requests.
func UpdateTicket155(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket155
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product156 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncProduct156 handles product requests.
func SyncProduct156(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product156
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice157 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateInvoice157 handles invoice requests.
func ValidateInvoice157(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice157
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment158 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateShipment158 handles shipment requests.
func UpdateShipment158(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment158
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer159 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadCustomer159 handles customer requests.
func LoadCustomer159(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer159
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice160 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchInvoice160 handles invoice requests.
func FetchInvoice160(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice160
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice161 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncInvoice161 handles invoice requests.
func SyncInvoice161(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice161
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket162 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderTicket162 handles ticket requests.
func RenderTicket162(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket162
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Report163 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderReport163 handles report requests.
func RenderReport163(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM reports WHERE id = $1", id)
		var v Report163
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("report %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session164 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadSession164 handles session requests.
func LoadSession164(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session164
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer165 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateCustomer165 handles customer requests.
func ValidateCustomer165(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer165
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product166 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportProduct166 handles product requests.
func ExportProduct166(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product166
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account167 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncAccount167 handles account requests.
func SyncAccount167(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account167
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice168 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveInvoice168 handles invoice requests.
func ArchiveInvoice168(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice168
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket169 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveTicket169 handles ticket requests.
func SaveTicket169(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket169
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice170 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveInvoice170 handles invoice requests.
func ArchiveInvoice170(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice170
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment171 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputePayment171 handles payment requests.
func ComputePayment171(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment171
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice172 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeInvoice172 handles invoice requests.
func ComputeInvoice172(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice172
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order173 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateOrder173 handles order requests.
func ValidateOrder173(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order173
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order174 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeOrder174 handles order requests.
func ComputeOrder174(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order174
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session175 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveSession175 handles session requests.
func SaveSession175(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session175
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product176 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportProduct176 handles product requests.
func ExportProduct176(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product176
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment177 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SavePayment177 handles payment requests.
func SavePayment177(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment177
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order178 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveOrder178 handles order requests.
func ArchiveOrder178(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order178
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session179 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveSession179 handles session requests.
func ArchiveSession179(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session179
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product180 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchProduct180 handles product requests.
func FetchProduct180(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product180
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment181 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdatePayment181 handles payment requests.
func UpdatePayment181(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment181
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment182 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveShipment182 handles shipment requests.
func SaveShipment182(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment182
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Report183 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateReport183 handles report requests.
func ValidateReport183(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM reports WHERE id = $1", id)
		var v Report183
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("report %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account184 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadAccount184 handles account requests.
func LoadAccount184(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account184
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Report185 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportReport185 handles report requests.
func ExportReport185(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM reports WHERE id = $1", id)
		var v Report185
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("report %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Report186 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderReport186 handles report requests.
func RenderReport186(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM reports WHERE id = $1", id)
		var v Report186
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("report %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product187 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveProduct187 handles product requests.
func ArchiveProduct187(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product187
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session188 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadSession188 handles session requests.
func LoadSession188(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session188
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment189 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportPayment189 handles payment requests.
func ExportPayment189(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment189
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product190 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadProduct190 handles product requests.
func LoadProduct190(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product190
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment191 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateShipment191 handles shipment requests.
func UpdateShipment191(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment191
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product192 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeProduct192 handles product requests.
func ComputeProduct192(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product192
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket193 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateTicket193 handles ticket requests.
func ValidateTicket193(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket193
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment194 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportPayment194 handles payment requests.
func ExportPayment194(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment194
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer195 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncCustomer195 handles customer requests.
func SyncCustomer195(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer195
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment196 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeShipment196 handles shipment requests.
func ComputeShipment196(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment196
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment197 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateShipment197 handles shipment requests.
func UpdateShipment197(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment197
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment198 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputePayment198 handles payment requests.
func ComputePayment198(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment198
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session199 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateSession199 handles session requests.
func UpdateSession199(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session199
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account200 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveAccount200 handles account requests.
func SaveAccount200(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account200
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment201 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputePayment201 handles payment requests.
func ComputePayment201(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment201
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer202 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportCustomer202 handles customer requests.
func ExportCustomer202(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer202
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account203 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchAccount203 handles account requests.
func FetchAccount203(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account203
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product204 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchProduct204 handles product requests.
func FetchProduct204(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product204
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment205 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncPayment205 handles payment requests.
func SyncPayment205(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment205
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice206 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveInvoice206 handles invoice requests.
func ArchiveInvoice206(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice206
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice207 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateInvoice207 handles invoice requests.
func UpdateInvoice207(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice207
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session208 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncSession208 handles session requests.
func SyncSession208(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session208
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket209 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportTicket209 handles ticket requests.
func ExportTicket209(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket209
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer210 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchCustomer210 handles customer requests.
func FetchCustomer210(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer210
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session211 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncSession211 handles session requests.
func SyncSession211(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session211
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer212 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveCustomer212 handles customer requests.
func SaveCustomer212(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer212
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice213 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderInvoice213 handles invoice requests.
func RenderInvoice213(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice213
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account214 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderAccount214 handles account requests.
func RenderAccount214(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account214
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account215 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderAccount215 handles account requests.
func RenderAccount215(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account215
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment216 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderShipment216 handles shipment requests.
func RenderShipment216(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment216
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order217 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateOrder217 handles order requests.
func ValidateOrder217(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order217
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer218 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeCustomer218 handles customer requests.
func ComputeCustomer218(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer218
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket219 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeTicket219 handles ticket requests.
func ComputeTicket219(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket219
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session220 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeSession220 handles session requests.
func ComputeSession220(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session220
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice221 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateInvoice221 handles invoice requests.
func ValidateInvoice221(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice221
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Report222 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncReport222 handles report requests.
func SyncReport222(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM reports WHERE id = $1", id)
		var v Report222
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("report %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice223 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateInvoice223 handles invoice requests.
func ValidateInvoice223(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice223
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice224 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportInvoice224 handles invoice requests.
func ExportInvoice224(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice224
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer225 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchCustomer225 handles customer requests.
func FetchCustomer225(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer225
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session226 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchSession226 handles session requests.
func FetchSession226(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session226
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product227 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadProduct227 handles product requests.
func LoadProduct227(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product227
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product228 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateProduct228 handles product requests.
func UpdateProduct228(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product228
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session229 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncSession229 handles session requests.
func SyncSession229(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session229
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket230 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveTicket230 handles ticket requests.
func SaveTicket230(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket230
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account231 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportAccount231 handles account requests.
func ExportAccount231(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account231
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment232 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchPayment232 handles payment requests.
func FetchPayment232(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment232
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account233 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeAccount233 handles account requests.
func ComputeAccount233(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account233
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session234 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadSession234 handles session requests.
func LoadSession234(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session234
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session235 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncSession235 handles session requests.
func SyncSession235(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session235
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product236 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveProduct236 handles product requests.
func ArchiveProduct236(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product236
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session237 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportSession237 handles session requests.
func ExportSession237(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session237
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer238 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncCustomer238 handles customer requests.
func SyncCustomer238(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer238
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order239 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadOrder239 handles order requests.
func LoadOrder239(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order239
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Report240 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportReport240 handles report requests.
func ExportReport240(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM reports WHERE id = $1", id)
		var v Report240
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("report %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment241 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeShipment241 handles shipment requests.
func ComputeShipment241(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment241
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment242 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportShipment242 handles shipment requests.
func ExportShipment242(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment242
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Report243 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveReport243 handles report requests.
func ArchiveReport243(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM reports WHERE id = $1", id)
		var v Report243
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("report %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session244 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderSession244 handles session requests.
func RenderSession244(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session244
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice245 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateInvoice245 handles invoice requests.
func UpdateInvoice245(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice245
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment246 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderShipment246 handles shipment requests.
func RenderShipment246(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment246
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account247 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportAccount247 handles account requests.
func ExportAccount247(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account247
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer248 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveCustomer248 handles customer requests.
func SaveCustomer248(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer248
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment249 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadShipment249 handles shipment requests.
func LoadShipment249(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment249
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account250 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderAccount250 handles account requests.
func RenderAccount250(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account250
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order251 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchOrder251 handles order requests.
func FetchOrder251(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order251
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment252 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SavePayment252 handles payment requests.
func SavePayment252(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment252
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer253 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadCustomer253 handles customer requests.
func LoadCustomer253(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer253
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account254 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeAccount254 handles account requests.
func ComputeAccount254(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account254
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account255 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderAccount255 handles account requests.
func RenderAccount255(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account255
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment256 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdatePayment256 handles payment requests.
func UpdatePayment256(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment256
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account257 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderAccount257 handles account requests.
func RenderAccount257(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account257
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment258 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadShipment258 handles shipment requests.
func LoadShipment258(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment258
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment259 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderShipment259 handles shipment requests.
func RenderShipment259(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment259
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Report260 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchReport260 handles report requests.
func FetchReport260(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM reports WHERE id = $1", id)
		var v Report260
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("report %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice261 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateInvoice261 handles invoice requests.
func ValidateInvoice261(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice261
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product262 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateProduct262 handles product requests.
func UpdateProduct262(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product262
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session263 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveSession263 handles session requests.
func SaveSession263(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session263
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product264 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadProduct264 handles product requests.
func LoadProduct264(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product264
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer265 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportCustomer265 handles customer requests.
func ExportCustomer265(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer265
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice266 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveInvoice266 handles invoice requests.
func ArchiveInvoice266(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice266
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product267 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderProduct267 handles product requests.
func RenderProduct267(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product267
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session268 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateSession268 handles session requests.
func ValidateSession268(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session268
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product269 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeProduct269 handles product requests.
func ComputeProduct269(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product269
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order270 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderOrder270 handles order requests.
func RenderOrder270(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order270
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice271 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchInvoice271 handles invoice requests.
func FetchInvoice271(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice271
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account272 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportAccount272 handles account requests.
func ExportAccount272(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account272
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment273 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveShipment273 handles shipment requests.
func SaveShipment273(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment273
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account274 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncAccount274 handles account requests.
func SyncAccount274(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account274
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account275 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateAccount275 handles account requests.
func UpdateAccount275(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account275
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product276 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportProduct276 handles product requests.
func ExportProduct276(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product276
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment277 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdatePayment277 handles payment requests.
func UpdatePayment277(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment277
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account278 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveAccount278 handles account requests.
func ArchiveAccount278(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account278
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order279 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncOrder279 handles order requests.
func SyncOrder279(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order279
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product280 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportProduct280 handles product requests.
func ExportProduct280(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product280
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer281 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeCustomer281 handles customer requests.
func ComputeCustomer281(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer281
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account282 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderAccount282 handles account requests.
func RenderAccount282(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account282
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account283 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderAccount283 handles account requests.
func RenderAccount283(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account283
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer284 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderCustomer284 handles customer requests.
func RenderCustomer284(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer284
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order285 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeOrder285 handles order requests.
func ComputeOrder285(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order285
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account286 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportAccount286 handles account requests.
func ExportAccount286(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account286
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment287 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncPayment287 handles payment requests.
func SyncPayment287(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment287
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment288 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputePayment288 handles payment requests.
func ComputePayment288(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment288
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice289 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadInvoice289 handles invoice requests.
func LoadInvoice289(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice289
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session290 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderSession290 handles session requests.
func RenderSession290(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session290
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket291 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveTicket291 handles ticket requests.
func ArchiveTicket291(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket291
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product292 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateProduct292 handles product requests.
func ValidateProduct292(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product292
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment293 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidatePayment293 handles payment requests.
func ValidatePayment293(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment293
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket294 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeTicket294 handles ticket requests.
func ComputeTicket294(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket294
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session295 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchSession295 handles session requests.
func FetchSession295(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session295
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account296 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportAccount296 handles account requests.
func ExportAccount296(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account296
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment297 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportPayment297 handles payment requests.
func ExportPayment297(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment297
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product298 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateProduct298 handles product requests.
func UpdateProduct298(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product298
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product299 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateProduct299 handles product requests.
func ValidateProduct299(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product299
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice300 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncInvoice300 handles invoice requests.
func SyncInvoice300(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice300
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer301 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadCustomer301 handles customer requests.
func LoadCustomer301(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer301
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer302 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateCustomer302 handles customer requests.
func UpdateCustomer302(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer302
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account303 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderAccount303 handles account requests.
func RenderAccount303(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account303
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment304 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveShipment304 handles shipment requests.
func SaveShipment304(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment304
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice305 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncInvoice305 handles invoice requests.
func SyncInvoice305(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice305
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice306 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveInvoice306 handles invoice requests.
func ArchiveInvoice306(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice306
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer307 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncCustomer307 handles customer requests.
func SyncCustomer307(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer307
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer308 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportCustomer308 handles customer requests.
func ExportCustomer308(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer308
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment309 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderShipment309 handles shipment requests.
func RenderShipment309(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment309
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice310 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveInvoice310 handles invoice requests.
func SaveInvoice310(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice310
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order311 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeOrder311 handles order requests.
func ComputeOrder311(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order311
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice312 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateInvoice312 handles invoice requests.
func ValidateInvoice312(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice312
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session313 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeSession313 handles session requests.
func ComputeSession313(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session313
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product314 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateProduct314 handles product requests.
func ValidateProduct314(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product314
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account315 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadAccount315 handles account requests.
func LoadAccount315(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account315
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice316 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchInvoice316 handles invoice requests.
func FetchInvoice316(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice316
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment317 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportPayment317 handles payment requests.
func ExportPayment317(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment317
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment318 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderPayment318 handles payment requests.
func RenderPayment318(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment318
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session319 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveSession319 handles session requests.
func ArchiveSession319(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session319
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session320 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateSession320 handles session requests.
func ValidateSession320(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session320
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer321 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveCustomer321 handles customer requests.
func ArchiveCustomer321(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer321
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment322 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputePayment322 handles payment requests.
func ComputePayment322(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment322
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket323 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveTicket323 handles ticket requests.
func ArchiveTicket323(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket323
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice324 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderInvoice324 handles invoice requests.
func RenderInvoice324(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice324
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account325 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveAccount325 handles account requests.
func ArchiveAccount325(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account325
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket326 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateTicket326 handles ticket requests.
func UpdateTicket326(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket326
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice327 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchInvoice327 handles invoice requests.
func FetchInvoice327(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice327
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product328 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveProduct328 handles product requests.
func ArchiveProduct328(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product328
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Report329 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveReport329 handles report requests.
func SaveReport329(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM reports WHERE id = $1", id)
		var v Report329
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("report %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Report330 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchReport330 handles report requests.
func FetchReport330(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM reports WHERE id = $1", id)
		var v Report330
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("report %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Report331 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadReport331 handles report requests.
func LoadReport331(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM reports WHERE id = $1", id)
		var v Report331
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("report %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product332 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeProduct332 handles product requests.
func ComputeProduct332(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product332
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice333 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeInvoice333 handles invoice requests.
func ComputeInvoice333(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice333
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket334 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveTicket334 handles ticket requests.
func ArchiveTicket334(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket334
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment335 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateShipment335 handles shipment requests.
func UpdateShipment335(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment335
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order336 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderOrder336 handles order requests.
func RenderOrder336(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order336
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket337 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateTicket337 handles ticket requests.
func UpdateTicket337(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket337
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session338 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderSession338 handles session requests.
func RenderSession338(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session338
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Report339 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncReport339 handles report requests.
func SyncReport339(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM reports WHERE id = $1", id)
		var v Report339
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("report %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment340 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveShipment340 handles shipment requests.
func SaveShipment340(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment340
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment341 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadShipment341 handles shipment requests.
func LoadShipment341(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment341
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order342 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveOrder342 handles order requests.
func ArchiveOrder342(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order342
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment343 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncPayment343 handles payment requests.
func SyncPayment343(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment343
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Report344 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateReport344 handles report requests.
func ValidateReport344(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM reports WHERE id = $1", id)
		var v Report344
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("report %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product345 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveProduct345 handles product requests.
func SaveProduct345(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product345
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket346 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportTicket346 handles ticket requests.
func ExportTicket346(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket346
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer347 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportCustomer347 handles customer requests.
func ExportCustomer347(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer347
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer348 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadCustomer348 handles customer requests.
func LoadCustomer348(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer348
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session349 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadSession349 handles session requests.
func LoadSession349(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session349
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account350 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadAccount350 handles account requests.
func LoadAccount350(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account350
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket351 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncTicket351 handles ticket requests.
func SyncTicket351(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket351
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice352 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncInvoice352 handles invoice requests.
func SyncInvoice352(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice352
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Report353 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportReport353 handles report requests.
func ExportReport353(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM reports WHERE id = $1", id)
		var v Report353
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("report %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer354 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncCustomer354 handles customer requests.
func SyncCustomer354(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer354
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account355 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateAccount355 handles account requests.
func UpdateAccount355(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account355
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session356 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportSession356 handles session requests.
func ExportSession356(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session356
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment357 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchivePayment357 handles payment requests.
func ArchivePayment357(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment357
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Report358 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveReport358 handles report requests.
func SaveReport358(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM reports WHERE id = $1", id)
		var v Report358
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("report %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket359 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderTicket359 handles ticket requests.
func RenderTicket359(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket359
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order360 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderOrder360 handles order requests.
func RenderOrder360(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order360
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session361 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeSession361 handles session requests.
func ComputeSession361(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session361
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account362 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveAccount362 handles account requests.
func ArchiveAccount362(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account362
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product363 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeProduct363 handles product requests.
func ComputeProduct363(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product363
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice364 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportInvoice364 handles invoice requests.
func ExportInvoice364(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice364
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment365 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadShipment365 handles shipment requests.
func LoadShipment365(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment365
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product366 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateProduct366 handles product requests.
func UpdateProduct366(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product366
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment367 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SavePayment367 handles payment requests.
func SavePayment367(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment367
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment368 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidatePayment368 handles payment requests.
func ValidatePayment368(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment368
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment369 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveShipment369 handles shipment requests.
func ArchiveShipment369(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment369
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice370 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportInvoice370 handles invoice requests.
func ExportInvoice370(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice370
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account371 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateAccount371 handles account requests.
func UpdateAccount371(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account371
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment372 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadShipment372 handles shipment requests.
func LoadShipment372(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment372
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Report373 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveReport373 handles report requests.
func ArchiveReport373(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM reports WHERE id = $1", id)
		var v Report373
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("report %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session374 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderSession374 handles session requests.
func RenderSession374(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session374
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment375 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchShipment375 handles shipment requests.
func FetchShipment375(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment375
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Report376 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeReport376 handles report requests.
func ComputeReport376(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM reports WHERE id = $1", id)
		var v Report376
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("report %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer377 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveCustomer377 handles customer requests.
func SaveCustomer377(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer377
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment378 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveShipment378 handles shipment requests.
func ArchiveShipment378(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment378
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice379 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderInvoice379 handles invoice requests.
func RenderInvoice379(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice379
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session380 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportSession380 handles session requests.
func ExportSession380(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session380
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket381 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveTicket381 handles ticket requests.
func SaveTicket381(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket381
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product382 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderProduct382 handles product requests.
func RenderProduct382(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product382
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer383 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveCustomer383 handles customer requests.
func ArchiveCustomer383(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer383
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Report384 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveReport384 handles report requests.
func ArchiveReport384(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM reports WHERE id = $1", id)
		var v Report384
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("report %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session385 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncSession385 handles session requests.
func SyncSession385(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session385
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account386 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveAccount386 handles account requests.
func ArchiveAccount386(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account386
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account387 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveAccount387 handles account requests.
func SaveAccount387(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account387
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment388 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderShipment388 handles shipment requests.
func RenderShipment388(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment388
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product389 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportProduct389 handles product requests.
func ExportProduct389(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product389
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product390 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveProduct390 handles product requests.
func SaveProduct390(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product390
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Report391 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderReport391 handles report requests.
func RenderReport391(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM reports WHERE id = $1", id)
		var v Report391
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("report %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product392 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadProduct392 handles product requests.
func LoadProduct392(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product392
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order393 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderOrder393 handles order requests.
func RenderOrder393(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order393
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment394 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveShipment394 handles shipment requests.
func ArchiveShipment394(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment394
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session395 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncSession395 handles session requests.
func SyncSession395(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session395
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment396 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdatePayment396 handles payment requests.
func UpdatePayment396(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment396
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order397 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveOrder397 handles order requests.
func ArchiveOrder397(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order397
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket398 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncTicket398 handles ticket requests.
func SyncTicket398(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket398
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment399 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidatePayment399 handles payment requests.
func ValidatePayment399(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment399
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment400 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportPayment400 handles payment requests.
func ExportPayment400(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment400
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order401 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncOrder401 handles order requests.
func SyncOrder401(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order401
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product402 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchProduct402 handles product requests.
func FetchProduct402(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product402
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice403 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchInvoice403 handles invoice requests.
func FetchInvoice403(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice403
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product404 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderProduct404 handles product requests.
func RenderProduct404(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product404
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice405 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeInvoice405 handles invoice requests.
func ComputeInvoice405(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice405
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment406 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateShipment406 handles shipment requests.
func ValidateShipment406(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment406
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice407 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateInvoice407 handles invoice requests.
func ValidateInvoice407(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice407
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket408 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportTicket408 handles ticket requests.
func ExportTicket408(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket408
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment409 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderShipment409 handles shipment requests.
func RenderShipment409(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment409
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product410 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchProduct410 handles product requests.
func FetchProduct410(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product410
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product411 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadProduct411 handles product requests.
func LoadProduct411(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product411
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment412 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportShipment412 handles shipment requests.
func ExportShipment412(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment412
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer413 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateCustomer413 handles customer requests.
func UpdateCustomer413(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer413
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Report414 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateReport414 handles report requests.
func UpdateReport414(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM reports WHERE id = $1", id)
		var v Report414
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("report %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment415 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputePayment415 handles payment requests.
func ComputePayment415(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment415
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Report416 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadReport416 handles report requests.
func LoadReport416(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM reports WHERE id = $1", id)
		var v Report416
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("report %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment417 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportPayment417 handles payment requests.
func ExportPayment417(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment417
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer418 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchCustomer418 handles customer requests.
func FetchCustomer418(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer418
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment419 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncShipment419 handles shipment requests.
func SyncShipment419(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment419
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment420 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchShipment420 handles shipment requests.
func FetchShipment420(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment420
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order421 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadOrder421 handles order requests.
func LoadOrder421(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order421
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice422 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveInvoice422 handles invoice requests.
func SaveInvoice422(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice422
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment423 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeShipment423 handles shipment requests.
func ComputeShipment423(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment423
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer424 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderCustomer424 handles customer requests.
func RenderCustomer424(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer424
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice425 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncInvoice425 handles invoice requests.
func SyncInvoice425(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice425
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session426 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadSession426 handles session requests.
func LoadSession426(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session426
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session427 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeSession427 handles session requests.
func ComputeSession427(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session427
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account428 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateAccount428 handles account requests.
func ValidateAccount428(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account428
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice429 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderInvoice429 handles invoice requests.
func RenderInvoice429(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice429
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product430 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateProduct430 handles product requests.
func UpdateProduct430(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product430
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment431 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdatePayment431 handles payment requests.
func UpdatePayment431(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment431
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket432 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateTicket432 handles ticket requests.
func ValidateTicket432(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket432
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer433 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadCustomer433 handles customer requests.
func LoadCustomer433(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer433
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment434 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidatePayment434 handles payment requests.
func ValidatePayment434(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment434
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session435 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncSession435 handles session requests.
func SyncSession435(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session435
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Report436 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateReport436 handles report requests.
func ValidateReport436(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM reports WHERE id = $1", id)
		var v Report436
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("report %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment437 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidatePayment437 handles payment requests.
func ValidatePayment437(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment437
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment438 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateShipment438 handles shipment requests.
func UpdateShipment438(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment438
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Report439 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadReport439 handles report requests.
func LoadReport439(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM reports WHERE id = $1", id)
		var v Report439
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("report %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Report440 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncReport440 handles report requests.
func SyncReport440(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM reports WHERE id = $1", id)
		var v Report440
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("report %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice441 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportInvoice441 handles invoice requests.
func ExportInvoice441(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice441
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order442 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportOrder442 handles order requests.
func ExportOrder442(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order442
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product443 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveProduct443 handles product requests.
func ArchiveProduct443(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product443
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account444 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateAccount444 handles account requests.
func ValidateAccount444(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account444
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account445 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchAccount445 handles account requests.
func FetchAccount445(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account445
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment446 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveShipment446 handles shipment requests.
func ArchiveShipment446(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment446
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment447 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateShipment447 handles shipment requests.
func UpdateShipment447(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment447
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product448 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportProduct448 handles product requests.
func ExportProduct448(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product448
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket449 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncTicket449 handles ticket requests.
func SyncTicket449(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket449
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket450 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveTicket450 handles ticket requests.
func ArchiveTicket450(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket450
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment451 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadPayment451 handles payment requests.
func LoadPayment451(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment451
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice452 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportInvoice452 handles invoice requests.
func ExportInvoice452(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice452
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order453 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateOrder453 handles order requests.
func UpdateOrder453(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order453
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket454 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateTicket454 handles ticket requests.
func UpdateTicket454(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket454
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account455 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadAccount455 handles account requests.
func LoadAccount455(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account455
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account456 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveAccount456 handles account requests.
func SaveAccount456(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account456
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment457 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchPayment457 handles payment requests.
func FetchPayment457(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment457
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer458 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveCustomer458 handles customer requests.
func ArchiveCustomer458(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer458
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account459 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveAccount459 handles account requests.
func SaveAccount459(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account459
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment460 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveShipment460 handles shipment requests.
func SaveShipment460(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment460
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer461 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchCustomer461 handles customer requests.
func FetchCustomer461(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer461
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account462 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportAccount462 handles account requests.
func ExportAccount462(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account462
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer463 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportCustomer463 handles customer requests.
func ExportCustomer463(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer463
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product464 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateProduct464 handles product requests.
func UpdateProduct464(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product464
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice465 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderInvoice465 handles invoice requests.
func RenderInvoice465(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice465
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product466 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateProduct466 handles product requests.
func ValidateProduct466(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product466
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order467 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncOrder467 handles order requests.
func SyncOrder467(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order467
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account468 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeAccount468 handles account requests.
func ComputeAccount468(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account468
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Shipment469 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveShipment469 handles shipment requests.
func SaveShipment469(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM shipments WHERE id = $1", id)
		var v Shipment469
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("shipment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice470 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeInvoice470 handles invoice requests.
func ComputeInvoice470(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice470
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket471 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveTicket471 handles ticket requests.
func SaveTicket471(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket471
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order472 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateOrder472 handles order requests.
func UpdateOrder472(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order472
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer473 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateCustomer473 handles customer requests.
func ValidateCustomer473(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer473
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment474 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderPayment474 handles payment requests.
func RenderPayment474(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment474
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice475 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveInvoice475 handles invoice requests.
func ArchiveInvoice475(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice475
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket476 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchTicket476 handles ticket requests.
func FetchTicket476(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket476
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order477 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportOrder477 handles order requests.
func ExportOrder477(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order477
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer478 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveCustomer478 handles customer requests.
func SaveCustomer478(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer478
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket479 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveTicket479 handles ticket requests.
func ArchiveTicket479(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket479
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order480 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveOrder480 handles order requests.
func ArchiveOrder480(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order480
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment481 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidatePayment481 handles payment requests.
func ValidatePayment481(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment481
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice482 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportInvoice482 handles invoice requests.
func ExportInvoice482(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice482
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment483 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdatePayment483 handles payment requests.
func UpdatePayment483(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment483
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product484 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderProduct484 handles product requests.
func RenderProduct484(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product484
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order485 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadOrder485 handles order requests.
func LoadOrder485(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order485
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice486 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateInvoice486 handles invoice requests.
func UpdateInvoice486(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice486
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer487 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchCustomer487 handles customer requests.
func FetchCustomer487(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer487
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Report488 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncReport488 handles report requests.
func SyncReport488(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM reports WHERE id = $1", id)
		var v Report488
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("report %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket489 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchTicket489 handles ticket requests.
func FetchTicket489(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket489
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session490 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncSession490 handles session requests.
func SyncSession490(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session490
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product491 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateProduct491 handles product requests.
func UpdateProduct491(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product491
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer492 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveCustomer492 handles customer requests.
func ArchiveCustomer492(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer492
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice493 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadInvoice493 handles invoice requests.
func LoadInvoice493(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice493
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment494 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadPayment494 handles payment requests.
func LoadPayment494(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment494
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Report495 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeReport495 handles report requests.
func ComputeReport495(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM reports WHERE id = $1", id)
		var v Report495
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("report %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account496 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderAccount496 handles account requests.
func RenderAccount496(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account496
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment497 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchivePayment497 handles payment requests.
func ArchivePayment497(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment497
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product498 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveProduct498 handles product requests.
func SaveProduct498(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product498
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment499 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchPayment499 handles payment requests.
func FetchPayment499(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment499
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer500 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateCustomer500 handles customer requests.
func UpdateCustomer500(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer500
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session501 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveSession501 handles session requests.
func SaveSession501(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session501
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order502 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// FetchOrder502 handles order requests.
func FetchOrder502(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order502
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session503 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeSession503 handles session requests.
func ComputeSession503(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session503
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order504 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadOrder504 handles order requests.
func LoadOrder504(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order504
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment505 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncPayment505 handles payment requests.
func SyncPayment505(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment505
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice506 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncInvoice506 handles invoice requests.
func SyncInvoice506(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice506
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket507 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveTicket507 handles ticket requests.
func ArchiveTicket507(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket507
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice508 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveInvoice508 handles invoice requests.
func SaveInvoice508(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice508
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order509 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncOrder509 handles order requests.
func SyncOrder509(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order509
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Report510 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderReport510 handles report requests.
func RenderReport510(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM reports WHERE id = $1", id)
		var v Report510
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("report %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer511 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveCustomer511 handles customer requests.
func ArchiveCustomer511(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer511
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order512 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ExportOrder512 handles order requests.
func ExportOrder512(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order512
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session513 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadSession513 handles session requests.
func LoadSession513(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session513
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer514 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeCustomer514 handles customer requests.
func ComputeCustomer514(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer514
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account515 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// UpdateAccount515 handles account requests.
func UpdateAccount515(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account515
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Account516 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveAccount516 handles account requests.
func ArchiveAccount516(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM accounts WHERE id = $1", id)
		var v Account516
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("account %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Ticket517 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncTicket517 handles ticket requests.
func SyncTicket517(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM tickets WHERE id = $1", id)
		var v Ticket517
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("ticket %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Product518 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SyncProduct518 handles product requests.
func SyncProduct518(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM products WHERE id = $1", id)
		var v Product518
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("product %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Session519 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ArchiveSession519 handles session requests.
func ArchiveSession519(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM sessions WHERE id = $1", id)
		var v Session519
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("session %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Order520 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateOrder520 handles order requests.
func ValidateOrder520(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM orders WHERE id = $1", id)
		var v Order520
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("order %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice521 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveInvoice521 handles invoice requests.
func SaveInvoice521(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice521
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice522 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// SaveInvoice522 handles invoice requests.
func SaveInvoice522(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice522
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Report523 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ComputeReport523 handles report requests.
func ComputeReport523(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM reports WHERE id = $1", id)
		var v Report523
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("report %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Payment524 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// RenderPayment524 handles payment requests.
func RenderPayment524(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM payments WHERE id = $1", id)
		var v Payment524
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("payment %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Invoice525 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// LoadInvoice525 handles invoice requests.
func LoadInvoice525(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM invoices WHERE id = $1", id)
		var v Invoice525
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("invoice %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

type Customer526 struct {
	ID    string  `json:"id"`
	Total float64 `json:"total"`
}

// ValidateCustomer526 handles customer requests.
func ValidateCustomer526(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id := r.URL.Query().Get("id")
		row := db.QueryRow("SELECT id, total FROM customers WHERE id = $1", id)
		var v Customer526
		if err := row.Scan(&v.ID, &v.Total); err != nil {
			http.Error(w, fmt.Sprintf("customer %s: %v", id, err), http.StatusNotFound)
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

