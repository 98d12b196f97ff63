using System.Runtime.Serialization.Formatters.Binary;
using System.Text.Json;
using System.Xml;
using Newtonsoft.Json;

namespace Shop.Imports;

public class MessageImporter
{
    private static readonly JsonSerializerSettings SafeSettings = new() { TypeNameHandling = TypeNameHandling.None };

    // expect: csharp.json-typenamehandling
    private static readonly JsonSerializerSettings LegacySettings = new() { TypeNameHandling = TypeNameHandling.All };

    public object? FromQueue(byte[] body)
    {
        // expect: csharp.insecure-deserialization
        var formatter = new BinaryFormatter();
        using var ms = new MemoryStream(body);
        return formatter.Deserialize(ms);
    }

    public T? FromJson<T>(string json) => System.Text.Json.JsonSerializer.Deserialize<T>(json);

    public object? FromLegacyJson(string json) => JsonConvert.DeserializeObject(json, LegacySettings);

    public object? FromPartner(string json)
    {
        return JsonConvert.DeserializeObject(json, new JsonSerializerSettings
        {
            // expect: csharp.json-typenamehandling
            TypeNameHandling = TypeNameHandling.Auto,
        });
    }

    public XmlDocument LoadXml(Stream input)
    {
        // expect: csharp.xml-external-entities
        var doc = new XmlDocument { XmlResolver = new XmlUrlResolver() };
        doc.Load(input);
        return doc;
    }

    public XmlDocument LoadXmlSafe(Stream input)
    {
        var doc = new XmlDocument { XmlResolver = null };
        using var reader = XmlReader.Create(input, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        doc.Load(reader);
        return doc;
    }

    public XmlReader OpenFeed(Stream input)
    {
        var settings = new XmlReaderSettings();
        // expect: csharp.xml-external-entities
        settings.DtdProcessing = DtdProcessing.Parse;
        // expect: csharp.xml-external-entities
        settings.XmlResolver = new XmlUrlResolver();
        return XmlReader.Create(input, settings);
    }
}
