resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = module.vpc.vpc_id

  ingress {
    description = "HTTPS"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    description     = "SSH from bastion"
    from_port       = 22
    to_port         = 22
    protocol        = "tcp"
    security_groups = [aws_security_group.bastion.id]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "legacy_admin" {
  name   = "legacy-admin"
  vpc_id = module.vpc.vpc_id

  # expect: terraform.aws-security-group-admin-port-open
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  # expect: terraform.aws-security-group-admin-port-open
  ingress {
    from_port        = 3389
    to_port          = 3389
    protocol         = "tcp"
    ipv6_cidr_blocks = ["::/0"]
  }
}

resource "aws_security_group_rule" "db_open" {
  type              = "ingress"
  security_group_id = aws_security_group.web.id
  from_port         = 5432
  to_port           = 5432
  protocol          = "tcp"
  # expect: terraform.aws-security-group-admin-port-open
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_security_group_rule" "everything" {
  type              = "ingress"
  security_group_id = aws_security_group.legacy_admin.id
  from_port         = 0
  to_port           = 65535
  protocol          = "-1"
  # expect: terraform.aws-security-group-all-ports-open
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_security_group_rule" "internal_ssh" {
  type              = "ingress"
  security_group_id = aws_security_group.web.id
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/8"]
}
