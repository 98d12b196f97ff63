<?php

declare(strict_types=1);

require __DIR__ . '/vendor/autoload.php';

$env = getenv('APP_ENV') ?: 'production';

error_reporting(E_ALL);
ini_set('log_errors', '1');
ini_set('error_log', '/var/log/php/app.log');

if ($env === 'local') {
    ini_set('display_errors', '1');
}

// expect: php.display-errors-enabled
ini_set('display_errors', 'On');

session_set_cookie_params([
    'lifetime' => 0,
    'path' => '/',
    'secure' => true,
    'httponly' => true,
    'samesite' => 'Lax',
]);
session_start();

$pdo = new PDO(
    getenv('DB_DSN') ?: 'mysql:host=127.0.0.1;dbname=app;charset=utf8mb4',
    getenv('DB_USER') ?: 'app',
    getenv('DB_PASSWORD') ?: '',
    [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION, PDO::ATTR_EMULATE_PREPARES => false]
);

$legacy = new mysqli(getenv('LEGACY_DB_HOST') ?: '127.0.0.1', getenv('LEGACY_DB_USER') ?: 'app', getenv('LEGACY_DB_PASSWORD') ?: '', 'legacy');
$legacy->set_charset('utf8mb4');
