<?php

declare(strict_types=1);

namespace App\Repository;

use PDO;

final class UserRepository
{
    private const SORTABLE = ['created_at', 'email', 'last_login'];

    public function __construct(private PDO $pdo, private \mysqli $legacy)
    {
    }

    public function findByEmail(string $email): ?array
    {
        $stmt = $this->pdo->prepare('SELECT id, email, name FROM users WHERE email = :email');
        $stmt->execute(['email' => $email]);
        return $stmt->fetch(PDO::FETCH_ASSOC) ?: null;
    }

    public function search(string $term): array
    {
        // expect: php.sql-injection
        $rows = $this->pdo->query("SELECT id, email FROM users WHERE name LIKE '%$term%'");
        return $rows->fetchAll(PDO::FETCH_ASSOC);
    }

    public function listSorted(string $sort): array
    {
        $column = in_array($sort, self::SORTABLE, true) ? $sort : 'created_at';
        return $this->pdo->query("SELECT id, email FROM users ORDER BY {$column} DESC LIMIT 50")->fetchAll();
    }

    public function deleteById(): void
    {
        // expect: php.sql-injection
        $this->legacy->query('DELETE FROM users WHERE id = ' . $_GET['id']);
    }

    public function byCountry(string $country): array
    {
        $stmt = $this->legacy->prepare('SELECT id, email FROM users WHERE country = ?');
        $stmt->bind_param('s', $country);
        $stmt->execute();
        return $stmt->get_result()->fetch_all(MYSQLI_ASSOC);
    }

    public function touchLogin(string $id): void
    {
        // expect: php.sql-injection
        mysqli_query($this->legacy, "UPDATE users SET last_login = NOW() WHERE id = '" . $id . "'");
    }

    public function count(): int
    {
        return (int) $this->pdo->query('SELECT count(*) FROM users')->fetchColumn();
    }
}
