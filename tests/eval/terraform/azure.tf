resource "azurerm_storage_account" "app" {
  name                            = "acmeappprod"
  resource_group_name             = azurerm_resource_group.main.name
  location                        = azurerm_resource_group.main.location
  account_tier                    = "Standard"
  account_replication_type        = "GRS"
  min_tls_version                 = "TLS1_2"
  https_traffic_only_enabled      = true
  allow_nested_items_to_be_public = false
}

resource "azurerm_storage_account" "legacy" {
  name                     = "acmelegacy"
  resource_group_name      = azurerm_resource_group.main.name
  location                 = azurerm_resource_group.main.location
  account_tier             = "Standard"
  account_replication_type = "LRS"
  # expect: terraform.azure-storage-weak-tls
  min_tls_version          = "TLS1_0"
  # expect: terraform.azure-https-not-enforced
  enable_https_traffic_only = false
  # expect: terraform.azure-storage-public-blob-access
  allow_nested_items_to_be_public = true
}

resource "azurerm_storage_container" "public_assets" {
  name                  = "assets"
  storage_account_name  = azurerm_storage_account.legacy.name
  # expect: terraform.azure-storage-container-public
  container_access_type = "blob"
}

resource "azurerm_storage_container" "backups" {
  name                  = "backups"
  storage_account_name  = azurerm_storage_account.app.name
  container_access_type = "private"
}

# expect: terraform.azure-database-public-network-access
resource "azurerm_mssql_server" "main" {
  name                         = "acme-sql"
  resource_group_name          = azurerm_resource_group.main.name
  location                     = azurerm_resource_group.main.location
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = var.sql_admin_password
  # expect: terraform.azure-min-tls-version-outdated
  minimum_tls_version          = "1.0"
}

resource "azurerm_mssql_firewall_rule" "everyone" {
  name             = "allow-all"
  server_id        = azurerm_mssql_server.main.id
  start_ip_address = "0.0.0.0"
  # expect: terraform.azure-sql-firewall-allow-all
  end_ip_address   = "255.255.255.255"
}

resource "azurerm_mssql_firewall_rule" "azure_services" {
  name             = "AllowAzureServices"
  server_id        = azurerm_mssql_server.main.id
  start_ip_address = "0.0.0.0"
  end_ip_address   = "0.0.0.0"
}

resource "azurerm_network_security_rule" "ssh_any" {
  name                        = "ssh-any"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "22"
  # expect: terraform.azure-nsg-admin-port-open
  source_address_prefix       = "*"
  destination_address_prefix  = "*"
  resource_group_name         = azurerm_resource_group.main.name
  network_security_group_name = azurerm_network_security_group.main.name
}

resource "azurerm_network_security_rule" "https" {
  name                        = "https"
  priority                    = 110
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "443"
  source_address_prefix       = "Internet"
  destination_address_prefix  = "*"
  resource_group_name         = azurerm_resource_group.main.name
  network_security_group_name = azurerm_network_security_group.main.name
}

resource "azurerm_linux_web_app" "api" {
  name                = "acme-api"
  resource_group_name = azurerm_resource_group.main.name
  location            = azurerm_resource_group.main.location
  service_plan_id     = azurerm_service_plan.main.id
  # expect: terraform.azure-https-not-enforced
  https_only          = false
  # expect: terraform.azure-app-service-http2-disabled
  site_config {
    minimum_tls_version = "1.2"
  }
}

variable "sql_admin_password" {
  type      = string
  sensitive = true
}
