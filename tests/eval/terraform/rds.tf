resource "aws_db_subnet_group" "main" {
  name       = "main"
  subnet_ids = module.vpc.private_subnets
}

# expect: terraform.aws-rds-iam-auth-disabled, terraform.aws-rds-log-exports-disabled
resource "aws_db_instance" "primary" {
  identifier              = "acme-primary"
  engine                  = "postgres"
  engine_version          = "16.2"
  instance_class          = "db.r6g.large"
  allocated_storage       = 200
  db_subnet_group_name    = aws_db_subnet_group.main.name
  username                = "acme_admin"
  manage_master_user_password = true
  storage_encrypted       = true
  kms_key_id              = aws_kms_key.data.arn
  publicly_accessible     = false
  backup_retention_period = 14
  deletion_protection     = true
}

# expect: terraform.aws-db-storage-encryption-disabled, terraform.aws-rds-deletion-protection-disabled, terraform.aws-rds-iam-auth-disabled, terraform.aws-rds-log-exports-disabled
resource "aws_db_instance" "analytics" {
  identifier           = "acme-analytics"
  engine               = "mysql"
  engine_version       = "8.0"
  instance_class       = "db.t4g.medium"
  allocated_storage    = 100
  username             = "analytics"
  password             = var.analytics_db_password
  # expect: terraform.aws-db-publicly-accessible
  publicly_accessible  = true
  skip_final_snapshot  = true
}

# expect: terraform.aws-rds-deletion-protection-disabled, terraform.aws-rds-iam-auth-disabled, terraform.aws-rds-log-exports-disabled
resource "aws_db_instance" "reporting" {
  identifier        = "acme-reporting"
  engine            = "postgres"
  instance_class    = "db.t4g.small"
  allocated_storage = 50
  username          = "reporting"
  password          = var.reporting_db_password
  # expect: terraform.aws-db-storage-encryption-disabled
  storage_encrypted = false
}

# expect: terraform.aws-rds-deletion-protection-disabled, terraform.aws-rds-iam-auth-disabled, terraform.aws-rds-log-exports-disabled
resource "aws_rds_cluster" "events" {
  cluster_identifier  = "acme-events"
  engine              = "aurora-postgresql"
  master_username     = "events"
  master_password     = var.events_db_password
  storage_encrypted   = true
  skip_final_snapshot = false
}

variable "analytics_db_password" {
  type      = string
  sensitive = true
}

variable "reporting_db_password" {
  type      = string
  sensitive = true
}

variable "events_db_password" {
  type      = string
  sensitive = true
  # expect: terraform.variable-secret-default
  default   = "Ev3nts-Pr0d-2024!"
}

variable "db_port" {
  type    = number
  default = 5432
}
