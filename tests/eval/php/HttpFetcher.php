<?php

declare(strict_types=1);

namespace App\Support;

use GuzzleHttp\Client;

final class HttpFetcher
{
    public static function curl(string $url): string
    {
        $ch = curl_init($url);
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, true);
        curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 2);
        curl_setopt($ch, CURLOPT_TIMEOUT, 10);
        $body = curl_exec($ch);
        curl_close($ch);
        return (string) $body;
    }

    public static function curlLegacy(string $url): string
    {
        $ch = curl_init($url);
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        // expect: php.curl-ssl-verifypeer-disabled
        curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);
        // expect: php.curl-ssl-verifyhost-disabled
        curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 0);
        $body = curl_exec($ch);
        curl_close($ch);
        return (string) $body;
    }

    public static function curlArray(string $url): string
    {
        $ch = curl_init();
        curl_setopt_array($ch, [
            CURLOPT_URL => $url,
            CURLOPT_RETURNTRANSFER => true,
            // expect: php.curl-ssl-verifypeer-disabled
            CURLOPT_SSL_VERIFYPEER => 0,
        ]);
        return (string) curl_exec($ch);
    }

    public static function guzzle(): Client
    {
        return new Client(['base_uri' => getenv('API_BASE'), 'timeout' => 10, 'verify' => true]);
    }

    public static function guzzleInsecure(): Client
    {
        // expect: php.http-client-verify-disabled
        return new Client(['base_uri' => getenv('LEGACY_API_BASE'), 'verify' => false]);
    }

    public static function proxy(): string
    {
        // expect: php.path-traversal-request
        return file_get_contents($_GET['url']);
    }
}
