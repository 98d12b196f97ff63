package deploy

import (
	"context"
	"fmt"
	"os"
	"os/exec"

	"golang.org/x/crypto/ssh"
	"golang.org/x/crypto/ssh/knownhosts"
)

type Target struct {
	Host string
	User string
	Dir  string
}

func clientConfig(user string, signer ssh.Signer) (*ssh.ClientConfig, error) {
	hostKeys, err := knownhosts.New(os.ExpandEnv("$HOME/.ssh/known_hosts"))
	if err != nil {
		return nil, err
	}
	return &ssh.ClientConfig{
		User:            user,
		Auth:            []ssh.AuthMethod{ssh.PublicKeys(signer)},
		HostKeyCallback: hostKeys,
	}, nil
}

func quickConfig(user string, signer ssh.Signer) *ssh.ClientConfig {
	return &ssh.ClientConfig{
		User: user,
		Auth: []ssh.AuthMethod{ssh.PublicKeys(signer)},
		// expect: go.ssh-insecure-host-key
		HostKeyCallback: ssh.InsecureIgnoreHostKey(),
	}
}

func RunHook(ctx context.Context, t Target, hook string) error {
	// expect: go.exec-command-shell-injection
	cmd := exec.CommandContext(ctx, "sh", "-c", fmt.Sprintf("cd %s && %s", t.Dir, hook))
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	return cmd.Run()
}

func Rsync(ctx context.Context, t Target, src string) error {
	dest := fmt.Sprintf("%s@%s:%s", t.User, t.Host, t.Dir)
	cmd := exec.CommandContext(ctx, "rsync", "-az", "--delete", src+"/", dest)
	return cmd.Run()
}

func CleanBuildDir(ctx context.Context) error {
	return exec.CommandContext(ctx, "sh", "-c", "rm -rf ./build/* && mkdir -p ./build").Run()
}

func Restart(ctx context.Context, service string) error {
	// expect: go.exec-command-shell-injection
	return exec.Command("bash", "-c", "systemctl restart "+service).Run()
}
