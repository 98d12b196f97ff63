"""Nightly backup agent: dumps databases and ships them over SFTP."""
import logging
import os
import tempfile
from pathlib import Path

import paramiko

log = logging.getLogger("backup")

SFTP_HOST = os.environ["BACKUP_SFTP_HOST"]
SFTP_USER = os.environ.get("BACKUP_SFTP_USER", "backup")
KNOWN_HOSTS = Path(os.environ.get("BACKUP_KNOWN_HOSTS", "~/.ssh/known_hosts")).expanduser()


def open_sftp() -> paramiko.SFTPClient:
    client = paramiko.SSHClient()
    client.load_host_keys(str(KNOWN_HOSTS))
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(SFTP_HOST, username=SFTP_USER, key_filename=os.environ["BACKUP_SSH_KEY"])
    return client.open_sftp()


def open_sftp_legacy(host: str) -> paramiko.SFTPClient:
    client = paramiko.SSHClient()
    # expect: python.paramiko-auto-add-policy
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username=SFTP_USER, key_filename=os.environ["BACKUP_SSH_KEY"])
    return client.open_sftp()


def staging_file(suffix: str = ".sql.gz") -> str:
    fd, path = tempfile.mkstemp(suffix=suffix, prefix="dump-")
    os.close(fd)
    return path


def scratch_name() -> str:
    # expect: python.tempfile-mktemp
    return tempfile.mktemp(suffix=".tar")


def upload(local: str, remote_dir: str) -> None:
    sftp = open_sftp()
    try:
        sftp.put(local, f"{remote_dir}/{os.path.basename(local)}")
    finally:
        sftp.close()


def run() -> None:
    with tempfile.TemporaryDirectory(prefix="backup-") as work:
        dump = os.path.join(work, "db.sql.gz")
        log.info("writing dump to %s", dump)
        upload(dump, "/backups/nightly")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
