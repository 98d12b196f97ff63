<?php
// Admin utilities for the old intranet; kept until the migration finishes.

require_once __DIR__ . '/bootstrap.php';

$action = $_GET['action'] ?? 'status';

switch ($action) {
    case 'status':
        echo shell_exec('uptime');
        break;

    case 'ping':
        $host = $_GET['host'];
        // expect: php.command-injection
        echo shell_exec("ping -c 2 " . $host);
        break;

    case 'ping-safe':
        $host = escapeshellarg($_GET['host'] ?? 'localhost');
        echo shell_exec("ping -c 2 $host");
        break;

    case 'log':
        $lines = (int) ($_GET['lines'] ?? 50);
        // expect: php.command-injection
        system("tail -n $lines /var/log/app/" . $_GET['file']);
        break;

    case 'archive':
        // expect: php.command-injection
        exec('tar czf /tmp/export.tgz ' . $_POST['dir'], $out, $rc);
        echo $rc;
        break;

    case 'du':
        // expect: php.command-injection
        echo `du -sh {$_GET['path']}`;
        break;

    case 'page':
        // expect: php.file-inclusion
        include $_GET['page'] . '.php';
        break;

    case 'module':
        $allowed = ['users' => 'modules/users.php', 'billing' => 'modules/billing.php'];
        require $allowed[$_GET['module'] ?? 'users'] ?? 'modules/users.php';
        break;

    case 'calc':
        // expect: php.eval-injection
        eval('return ' . $_POST['expr'] . ';');
        break;

    case 'import':
        // expect: php.unserialize-user-input
        $data = unserialize($_COOKIE['prefs']);
        print_r($data);
        break;

    case 'import-json':
        $data = json_decode($_COOKIE['prefs'] ?? '{}', true, 16, JSON_THROW_ON_ERROR);
        print_r($data);
        break;

    case 'vars':
        // expect: php.extract-superglobal
        extract($_POST);
        break;
}
