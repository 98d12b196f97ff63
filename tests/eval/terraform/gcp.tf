resource "google_compute_firewall" "allow_https" {
  name    = "allow-https"
  network = google_compute_network.main.name
  allow {
    protocol = "tcp"
    ports    = ["443"]
  }
  source_ranges = ["0.0.0.0/0"]
}

resource "google_compute_firewall" "allow_ssh_world" {
  name    = "allow-ssh-world"
  network = google_compute_network.main.name
  allow {
    protocol = "tcp"
    ports    = ["22", "3389"]
  }
  # expect: terraform.gcp-firewall-open-to-internet
  source_ranges = ["0.0.0.0/0"]
}

resource "google_compute_firewall" "allow_iap_ssh" {
  name    = "allow-iap-ssh"
  network = google_compute_network.main.name
  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
  source_ranges = ["35.235.240.0/20"]
}

resource "google_storage_bucket_iam_member" "public_read" {
  bucket = google_storage_bucket.site.name
  role   = "roles/storage.objectViewer"
  # expect: terraform.gcp-public-iam-member
  member = "allUsers"
}

resource "google_cloud_run_service_iam_member" "invoker" {
  service  = google_cloud_run_service.api.name
  location = google_cloud_run_service.api.location
  role     = "roles/run.invoker"
  member   = "serviceAccount:${google_service_account.frontend.email}"
}

resource "google_sql_database_instance" "main" {
  name             = "acme-main"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled = true
      # expect: terraform.gcp-sql-ssl-not-required
      require_ssl  = false
      authorized_networks {
        name  = "anywhere"
        # expect: terraform.gcp-sql-public-authorized-network
        value = "0.0.0.0/0"
      }
      authorized_networks {
        name  = "office"
        value = "203.0.113.0/24"
      }
    }
  }
}

resource "google_project_iam_member" "ci" {
  project = var.project_id
  role    = "roles/viewer"
  # expect: terraform.gcp-public-iam-member
  member  = "allAuthenticatedUsers"
}
