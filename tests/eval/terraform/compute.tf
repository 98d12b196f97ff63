data "aws_ami" "al2023" {
  most_recent = true
  owners      = ["amazon"]
  filter {
    name   = "name"
    values = ["al2023-ami-*-x86_64"]
  }
}

resource "aws_instance" "worker" {
  ami                         = data.aws_ami.al2023.id
  instance_type               = "t3.large"
  subnet_id                   = module.vpc.private_subnets[0]
  associate_public_ip_address = false

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "required"
  }

  root_block_device {
    encrypted   = true
    volume_size = 50
  }
}

resource "aws_instance" "bastion" {
  ami           = data.aws_ami.al2023.id
  instance_type = "t3.micro"
  subnet_id     = module.vpc.public_subnets[0]
  # expect: terraform.aws-instance-public-ip
  associate_public_ip_address = true

  metadata_options {
    # expect: terraform.aws-instance-imdsv1
    http_tokens = "optional"
  }
}

resource "aws_ebs_volume" "scratch" {
  availability_zone = "eu-west-1a"
  size              = 100
  # expect: terraform.aws-ebs-encryption-disabled
  encrypted         = false
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 500
  encrypted         = true
  kms_key_id        = aws_kms_key.data.arn
}

resource "aws_launch_template" "batch" {
  name_prefix   = "batch-"
  image_id      = data.aws_ami.al2023.id
  instance_type = "c6i.xlarge"

  metadata_options {
    http_endpoint = "enabled"
    # expect: terraform.aws-instance-imdsv1
    http_tokens   = "optional"
  }
}
