package com.acme.shop.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator;
import com.thoughtworks.xstream.XStream;
import com.thoughtworks.xstream.security.AnyTypePermission;
import java.beans.XMLDecoder;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.net.Socket;
import java.util.Base64;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import org.w3c.dom.Document;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

public class ImportService {

    public Document parseHardened(InputStream in) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder().parse(in);
    }

    public Document parseSupplierFeed(InputStream in) throws Exception {
        // expect: java.xxe-xml-parser-factory
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        DocumentBuilder b = f.newDocumentBuilder();
        return b.parse(in);
    }

    public void saxParse(InputStream in, org.xml.sax.helpers.DefaultHandler h) throws Exception {
        // expect: java.xxe-xml-parser-factory
        SAXParserFactory.newInstance().newSAXParser().parse(in, h);
    }

    public Object legacyBeans(InputStream body) {
        // expect: java.xmldecoder-deserialization
        try (XMLDecoder d = new XMLDecoder(body)) {
            return d.readObject();
        }
    }

    public Object fromXStream(String xml) {
        XStream xs = new XStream();
        // expect: java.xstream-unsafe-deserialization
        xs.addPermission(AnyTypePermission.ANY);
        return xs.fromXML(xml);
    }

    public Object fromSocket(Socket socket) throws Exception {
        // expect: java.object-input-stream-untrusted
        ObjectInputStream ois = new ObjectInputStream(socket.getInputStream());
        return ois.readObject();
    }

    public Object fromCookie(String cookieValue) throws Exception {
        byte[] raw = Base64.getDecoder().decode(cookieValue);
        // expect: java.object-input-stream-untrusted
        try (ObjectInputStream ois = new ObjectInputStream(new java.io.ByteArrayInputStream(raw))) {
            return ois.readObject();
        }
    }

    public Map<String, Object> loadYamlUnsafe(String doc) {
        // expect: java.snakeyaml-unsafe-constructor
        Yaml yaml = new Yaml();
        return yaml.load(doc);
    }

    public Map<String, Object> loadYamlSafe(String doc) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        return yaml.load(doc);
    }

    public ObjectMapper polymorphicMapper() {
        ObjectMapper m = new ObjectMapper();
        // expect: java.jackson-default-typing
        m.activateDefaultTyping(LaissezFaireSubTypeValidator.instance, ObjectMapper.DefaultTyping.NON_FINAL);
        return m;
    }

    public ObjectMapper legacyMapper() {
        ObjectMapper m = new ObjectMapper();
        // expect: java.jackson-default-typing
        m.enableDefaultTyping();
        return m;
    }

    public ObjectMapper restrictedMapper() {
        BasicPolymorphicTypeValidator ptv = BasicPolymorphicTypeValidator.builder().allowIfSubType("com.acme.shop.events.").build();
        ObjectMapper m = new ObjectMapper();
        m.activateDefaultTyping(ptv, ObjectMapper.DefaultTyping.NON_FINAL);
        return m;
    }
}
